import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { lookPath } from './lookPath.ts';
import type { Progress } from './progress.ts';

/** Tried in order: the newest CPython first; forky carries 3.14, trixie 3.13. */
export const APT_ATTEMPTS: readonly { readonly pkg: string; readonly suite: string }[] = [
  { pkg: 'python3.14', suite: 'forky' },
  { pkg: 'python3.13', suite: 'forky' },
  { pkg: 'python3.13', suite: 'trixie' },
];

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** A private sources list: the system's /etc/apt is never read or written. */
export const aptSourcesList = (suites: readonly string[]): string =>
  [...new Set(suites)].map((s) => `deb-src [signed-by=${KEYRING}] http://deb.debian.org/debian ${s} main\n`).join('');

/** apt-get options that point every list, cache and lock at `dir`. */
export const aptPrivateArgs = (dir: string): string[] => [
  '-o', `Dir::Etc::SourceList=${join(dir, 'sources.list')}`,
  '-o', 'Dir::Etc::SourceParts=/dev/null',
  '-o', `Dir::State::Lists=${join(dir, 'lists')}`,
  '-o', `Dir::Cache=${join(dir, 'cache')}`,
  // The private dirs belong to us, not to apt's unprivileged '_apt' user.
  '-o', 'APT::Sandbox::User=root',
  '-o', 'Acquire::Retries=1',
  '-o', 'Acquire::http::Timeout=30',
];

const lastLine = (text: string | undefined): string => (text ?? '').trim().split('\n').pop() ?? '';

/**
 * Downloads a Debian CPython source package (apt-get source --download-only) into `workDir`.
 * Returns the upstream tarball (*.orig.tar.xz), or undefined when apt cannot deliver one.
 */
export const aptGetSource = async (workDir: string, progress: Progress): Promise<string | undefined> => {
  if (!lookPath('apt-get') || !lookPath('xz')) return undefined;
  const aptDir = join(workDir, 'apt');
  for (const sub of ['lists/partial', 'cache/archives/partial']) mkdirSync(join(aptDir, sub), { recursive: true });
  writeFileSync(join(aptDir, 'sources.list'), aptSourcesList(APT_ATTEMPTS.map((a) => a.suite)));
  const opts = aptPrivateArgs(aptDir);
  progress('download: apt-get update (private lists: Debian source indices)');
  const update = await execa('apt-get', [...opts, 'update'], { all: true, reject: false, stdin: 'ignore' });
  if (update.failed) progress(`download: apt-get update had errors: ${lastLine(update.all)}`);
  for (const { pkg, suite } of APT_ATTEMPTS) {
    const dir = join(workDir, `${pkg}-${suite}`);
    mkdirSync(dir, { recursive: true });
    progress(`download: apt-get source --download-only ${pkg}/${suite}`);
    const r = await execa('apt-get', [...opts, 'source', '--download-only', `${pkg}/${suite}`], {
      cwd: dir, all: true, reject: false, stdin: 'ignore',
    });
    const orig = readdirSync(dir).find((f) => /\.orig\.tar\.(xz|gz|bz2)$/.test(f));
    if (!r.failed && orig) return join(dir, orig);
    progress(`download: ${pkg}/${suite} not available (${lastLine(r.all)})`);
  }
  return undefined;
};

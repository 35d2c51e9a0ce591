import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { lookPath } from './lookPath.ts';
import { pickDebianVersion, showsrcVersions, upstreamOf } from './pickDebianVersion.ts';
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

/** Downloads one source package spec (`python3.13/forky`, `python3.13=3.13.5-2+deb13u5`); its *.orig.tar.* or undefined. */
const fetchSpec = async (opts: string[], dir: string, spec: string, progress: Progress): Promise<string | undefined> => {
  mkdirSync(dir, { recursive: true });
  progress(`download: apt-get source --download-only ${spec}`);
  const r = await execa('apt-get', [...opts, 'source', '--download-only', spec], {
    cwd: dir, all: true, reject: false, stdin: 'ignore',
  });
  const orig = readdirSync(dir).find((f) => /\.orig\.tar\.(xz|gz|bz2)$/.test(f));
  if (!r.failed && orig) return join(dir, orig);
  progress(`download: ${spec} not available (${lastLine(r.all)})`);
  return undefined;
};

/** One exact upstream version (e.g. 3.13.5): whichever suite's source package carries it. */
const fetchVersion = async (opts: string[], workDir: string, version: string, progress: Progress): Promise<string | undefined> => {
  const pkg = `python${version.split('.').slice(0, 2).join('.')}`;
  const shown = await execa('apt-cache', [...opts, 'showsrc', pkg], { all: true, reject: false, stdin: 'ignore' });
  const versions = showsrcVersions(shown.stdout ?? '');
  const debian = pickDebianVersion(versions, version);
  if (debian === undefined) {
    const served = versions.length > 0 ? versions.map(upstreamOf).join(', ') : 'none';
    progress(`download: Debian's archive has no ${pkg} ${version} (it serves: ${served})`);
    return undefined;
  }
  return fetchSpec(opts, join(workDir, `${pkg}-${version}`), `${pkg}=${debian}`, progress);
};

/**
 * Downloads a Debian CPython source package (apt-get source --download-only) into `workDir`: the newest
 * it can get, or exactly `version` when given. Returns the upstream tarball (*.orig.tar.xz), or
 * undefined when apt cannot deliver one.
 */
export const aptGetSource = async (workDir: string, progress: Progress, version?: string): Promise<string | undefined> => {
  if (!lookPath('apt-get') || !lookPath('xz')) return undefined;
  const aptDir = join(workDir, 'apt');
  for (const sub of ['lists/partial', 'cache/archives/partial']) mkdirSync(join(aptDir, sub), { recursive: true });
  writeFileSync(join(aptDir, 'sources.list'), aptSourcesList(APT_ATTEMPTS.map((a) => a.suite)));
  const opts = aptPrivateArgs(aptDir);
  progress('download: apt-get update (private lists: Debian source indices)');
  const update = await execa('apt-get', [...opts, 'update'], { all: true, reject: false, stdin: 'ignore' });
  if (update.failed) progress(`download: apt-get update had errors: ${lastLine(update.all)}`);
  if (version !== undefined) return fetchVersion(opts, workDir, version, progress);
  for (const { pkg, suite } of APT_ATTEMPTS) {
    const tarball = await fetchSpec(opts, join(workDir, `${pkg}-${suite}`), `${pkg}/${suite}`, progress);
    if (tarball !== undefined) return tarball;
  }
  return undefined;
};

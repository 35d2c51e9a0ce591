import { execa } from 'execa';
import type { Progress } from '../interp/progress.ts';
import { APT_START, aptStep, formatAptProgress } from './aptProgress.ts';

/** Least time between two progress lines of one install. */
const EVERY_MS = 5_000;

/**
 * `apt-get update` then `apt-get install` of `packages` (root only), with progress: how many of the
 * packages are downloaded, unpacked, set up. Returns apt's last line when it failed.
 */
export const aptInstall = async (what: string, packages: readonly string[], progress: Progress): Promise<string | undefined> => {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  progress(`${what}: apt-get update`);
  await execa('apt-get', ['update', '-qq'], { env, stdio: 'ignore', reject: false });
  progress(`${what}: apt-get install ${packages.join(' ')}`);
  const sub = execa('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, all: true, reject: false, buffer: false, stdin: 'ignore' });
  let state = APT_START, shownAt = Date.now(), shown = '', last = '';
  sub.all?.setEncoding('utf8');
  let rest = '';
  sub.all?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim()) last = line.trim();
      state = aptStep(state, line);
      const text = formatAptProgress(state);
      if (Date.now() - shownAt >= EVERY_MS && text !== shown) {
        progress(`${what}: ${text}`);
        shown = text;
        shownAt = Date.now();
      }
    }
  });
  const r = await sub;
  if (r.failed) return last || `apt-get exited ${r.exitCode}`;
  progress(`${what}: ${formatAptProgress(state)}, done`);
  return undefined;
};

import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where built interpreters live: $FTCONFORM_CACHE, else $XDG_CACHE_HOME/ftconform, else ~/.cache/ftconform. */
export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.FTCONFORM_CACHE) return env.FTCONFORM_CACHE;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'ftconform');
  return join(env.HOME || homedir(), '.cache', 'ftconform');
};

/** Install prefix of one build: <cache>/cpython-3.13.5t, or <cache>/cpython-3.13.5t-tsan for a ThreadSanitizer build. */
export const buildPrefix = (cache: string, version: string, tsan = false): string =>
  join(cache, `cpython-${version}t${tsan ? TSAN_SUFFIX : ''}`);

/** Names a ThreadSanitizer build apart, so that a plain search of the cache never picks one (it runs 5-15× slower). */
export const TSAN_SUFFIX = '-tsan';

/** The interpreter inside a build prefix: <prefix>/bin/python3.13t */
export const prefixInterp = (prefix: string, version: string): string =>
  join(prefix, 'bin', `python${version.split('.').slice(0, 2).join('.')}t`);

/** Written last by a successful install; a prefix without it is a half-finished build. */
export const COMPLETE_MARKER = '.complete';

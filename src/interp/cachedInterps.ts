import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMPLETE_MARKER, prefixInterp } from './cacheDir.ts';
import { compareVersions } from '../catalogue/compareVersions.ts';

/** Interpreters of finished builds in the cache dir, newest version first: plain builds, or only ThreadSanitizer ones. */
export const cachedInterps = (cache: string, o: { readonly tsan?: boolean } = {}): string[] => {
  const pattern = o.tsan ? /^cpython-(\d+\.\d+\.\d+)t-tsan$/ : /^cpython-(\d+\.\d+\.\d+)t$/;
  let names: string[];
  try {
    names = readdirSync(cache);
  } catch {
    return [];
  }
  return names
    .map((name) => pattern.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .filter((m) => existsSync(join(cache, m[0], COMPLETE_MARKER)))
    .sort((a, b) => compareVersions(b[1], a[1]))
    .map((m) => prefixInterp(join(cache, m[0]), m[1]));
};

import { posix, resolve, relative, sep } from 'node:path';

/**
 * A link from a page in `fromDir` to `target`, both relative to `cwd` unless absolute, as a
 * URL-encoded relative path with forward slashes (so the report folder can be moved or archived).
 */
export const relativeHref = (fromDir: string, target: string, cwd: string): string => {
  const rel = relative(resolve(cwd, fromDir), resolve(cwd, target)).split(sep).join(posix.sep);
  return rel.split('/').map(encodeURIComponent).join('/');
};

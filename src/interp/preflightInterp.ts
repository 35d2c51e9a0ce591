import { accessSync, constants, statSync } from 'node:fs';
import { refuse, type InterpRefused } from './interpRefusal.ts';
import { lookPath } from './lookPath.ts';

const FIX = 'point --interp at a free-threaded python3.13t or newer, or run `ftconform provision`';

/**
 * Checks what the file system can tell before running anything.
 * A bare name ('python3.13t') is looked up on PATH, as a shell would.
 */
export const preflightInterp = (
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): { readonly ok: true; readonly path: string } | InterpRefused => {
  const resolved = path.includes('/') ? path : lookPath(path, env);
  if (resolved === undefined) return refuse(path, 'is not on PATH', FIX);
  let isFile: boolean;
  try {
    isFile = statSync(resolved).isFile();
  } catch {
    return refuse(path, 'does not exist', FIX);
  }
  if (!isFile) return refuse(path, 'is not a file', FIX);
  try {
    accessSync(resolved, constants.X_OK);
  } catch {
    return refuse(path, 'is not executable', `chmod +x it, or ${FIX}`);
  }
  return { ok: true, path: resolved };
};

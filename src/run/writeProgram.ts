import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes a program's source to `path` (creating its folder), or to a fresh temp folder when no path
 * is given; returns the path written. Removing a temp folder is the caller's business.
 */
export const writeProgram = async (source: string, path?: string): Promise<string> => {
  const target = path ?? join(await mkdtemp(join(tmpdir(), 'ftconform-')), 'program.py');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, source, 'utf8');
  return target;
};

import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Options } from './options.ts';
import { UsageError } from './usageError.ts';

/** The nearest part of `dir` (itself or a parent) that exists but is not a folder, if any. */
const fileInTheWay = (dir: string): string | undefined => {
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      return statSync(d).isDirectory() ? undefined : d;
    } catch {
      if (dirname(d) === d) return undefined;
    }
  }
};

/** Creates `dir` (and parents) or throws a one-line UsageError naming `flag` and why. */
export const ensureDir = (flag: string, dir: string): void => {
  const file = fileInTheWay(dir);
  if (file !== undefined) throw new UsageError(`${flag} ${dir}: ${file} is a file, not a folder`);
  // One folder at a time, from the nearest that exists: node's recursive mkdir loops forever where a
  // folder cannot be made and mkdir says ENOENT, as under /proc (`--reports /proc/x` hung).
  const missing: string[] = [];
  for (let d = resolve(dir); !isDir(d); d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      if (code !== 'EEXIST') throw new UsageError(`${flag} ${dir}: cannot create it (${code} at ${d})`);
    }
  }
};

const isDir = (d: string): boolean => {
  try {
    return statSync(d).isDirectory();
  } catch {
    // The root always exists: the loop above ends there at the latest.
    return dirname(d) === d;
  }
};

/**
 * Where the reports go must be writable before any slow step (doctor, a build, minutes of stress):
 * a run that cannot write its results has nothing to show for them.
 */
export const checkOutputs = (options: Pick<Options, 'reportsDir' | 'junit'>): void => {
  ensureDir('--reports', options.reportsDir);
  ensureDir('--junit', dirname(options.junit));
};

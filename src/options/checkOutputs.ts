import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Options } from './options.ts';
import { UsageError } from './parseArgs.ts';

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
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(`${flag} ${dir}: cannot create it (${code})`);
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

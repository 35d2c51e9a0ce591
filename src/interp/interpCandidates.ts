import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './cacheDir.ts';
import { cachedInterps } from './cachedInterps.ts';
import { isExecutableFile, lookPath } from './lookPath.ts';

export type CandidateSource = 'FTCONFORM_PYTHON' | 'PATH' | 'usual place' | 'cache';

export interface Candidate {
  readonly path: string;
  readonly source: CandidateSource;
}

/** Newest first: a newer release documents (and fixes) more. */
export const FREE_THREADED_NAMES = ['python3.15t', 'python3.14t', 'python3.13t'];

/** Where installers put free-threaded builds (python.org, deadsnakes, uv, CI images). */
export const usualPlaces = (): string[] => {
  let opt: string[] = [];
  try {
    // /opt/python*/bin/python3*t, newest-looking first.
    opt = readdirSync('/opt').filter((d) => d.startsWith('python')).sort().reverse()
      .flatMap((d) => {
        try {
          return readdirSync(join('/opt', d, 'bin')).filter((f) => /^python3[\d.]*t$/.test(f)).sort().reverse()
            .map((f) => join('/opt', d, 'bin', f));
        } catch {
          return [];
        }
      });
  } catch { /* no /opt */ }
  return [
    '/usr/local/python314/bin/python3.14',
    '/usr/local/python314/bin/python3.14t',
    '/usr/local/bin/python3.15t',
    '/usr/local/bin/python3.14t',
    '/usr/local/bin/python3.13t',
    '/usr/bin/python3.14t',
    '/usr/bin/python3.13t',
    ...opt,
  ];
};

export interface CandidateOptions {
  /** Where to look up FTCONFORM_PYTHON, PATH and the cache dir. Default process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** Default usualPlaces(); tests pass [] to stay hermetic. */
  readonly usualPlaces?: readonly string[];
}

/** Every interpreter worth probing, in the order they are preferred; duplicates removed. */
export const interpCandidates = (o: CandidateOptions = {}): Candidate[] => {
  const env = o.env ?? process.env;
  const found: Candidate[] = [];
  if (env.FTCONFORM_PYTHON) found.push({ path: env.FTCONFORM_PYTHON, source: 'FTCONFORM_PYTHON' });
  for (const name of FREE_THREADED_NAMES) {
    const p = lookPath(name, env);
    if (p) found.push({ path: p, source: 'PATH' });
  }
  for (const p of o.usualPlaces ?? usualPlaces()) {
    if (isExecutableFile(p)) found.push({ path: p, source: 'usual place' });
  }
  for (const p of cachedInterps(cacheDir(env))) found.push({ path: p, source: 'cache' });
  return found.filter((c, i) => found.findIndex((d) => d.path === c.path) === i);
};

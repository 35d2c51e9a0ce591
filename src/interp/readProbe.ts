import { dirname, join } from 'node:path';
import type { InterpInfo, SharedLibrary } from '../results/interpInfo.ts';
import { refuse, type InterpCheck } from './interpRefusal.ts';
import type { ProbeRun } from './runProbe.ts';
import { missingLibrary } from './sharedLibrary.ts';

const MARKER = 'FTCONFORM_PROBE ';
const NOT_PYTHON = 'point --interp at a free-threaded python3.13t or newer, or run `ftconform provision`';

/** First non-empty line, shortened: enough to recognise an error in a one-line message. */
const firstLine = (text: string): string => {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
};

const isProbeAnswer = (v: unknown): v is {
  version: string; build: string; gilDisabledBuild: boolean; gilEnabled: boolean; cpus: number;
  tsan?: unknown; tsanSuppressions?: unknown;
} => {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null
    && typeof o.version === 'string' && /^\d+\.\d+\.\d+$/.test(o.version)
    && typeof o.build === 'string'
    && typeof o.gilDisabledBuild === 'boolean'
    && typeof o.gilEnabled === 'boolean'
    && typeof o.cpus === 'number' && Number.isInteger(o.cpus) && o.cpus > 0;
};

/**
 * Turns what the probe run produced into InterpInfo, or says why it cannot be one. Pure. `shared`: the
 * install's own lib/ was put on LD_LIBRARY_PATH (in `env`) for this run, because its libpython is not on
 * the loader's path (see probeInterp).
 */
export const readProbe = (
  path: string,
  run: ProbeRun,
  timeoutMs: number,
  env?: Readonly<Record<string, string>>,
  shared?: SharedLibrary,
): InterpCheck => {
  const tryIt = `run "${path} -c pass" to see what it does`;
  if (run.startError) return refuse(path, `could not be started (${run.startError})`, NOT_PYTHON);
  if (run.timedOut) return refuse(path, `did not answer the probe within ${timeoutMs / 1000} s (hangs?)`, tryIt);
  if (run.signal) return refuse(path, `crashed with ${run.signal} while probed`, `${tryIt}, or use another build`);
  const line = run.stdout.split('\n').find((l) => l.startsWith(MARKER));
  if (line === undefined) {
    const library = run.exitCode === 127 ? missingLibrary(run.stderr) : undefined;
    if (library !== undefined) {
      // The loader's message names the library in full: the refusal must too (it is what to look for).
      const where = shared ? `even with ${shared.dir} on LD_LIBRARY_PATH` : `(the loader does not find it, and ${join(dirname(dirname(path)), 'lib')} does not hold it)`;
      return refuse(path, `cannot load the shared library ${library} ${where}`,
        `put the folder that holds ${library} on LD_LIBRARY_PATH (LD_LIBRARY_PATH=/that/folder), or use a build configured without --enable-shared`);
    }
    if (run.exitCode !== 0) {
      const why = firstLine(run.stderr) || firstLine(run.stdout);
      return refuse(path, `exited with code ${run.exitCode} while probed${why ? ` (${why})` : ''}`, tryIt);
    }
    const said = firstLine(run.stdout);
    return refuse(path, `is not a Python interpreter (${said ? `it printed "${said}"` : 'it printed nothing'})`, NOT_PYTHON);
  }
  let answer: unknown;
  try {
    answer = JSON.parse(line.slice(MARKER.length));
  } catch {
    answer = undefined;
  }
  if (!isProbeAnswer(answer)) return refuse(path, 'gave a malformed probe answer', tryIt);
  const info: InterpInfo = {
    path,
    version: answer.version,
    build: answer.build,
    freeThreaded: answer.gilDisabledBuild,
    gilEnabled: answer.gilEnabled,
    cpus: answer.cpus,
    ...(answer.tsan === true ? { tsan: true } : {}),
    ...(answer.tsan === true && typeof answer.tsanSuppressions === 'string' ? { tsanSuppressions: answer.tsanSuppressions } : {}),
    ...(env && Object.keys(env).length > 0 ? { env } : {}),
    ...(shared ? { sharedLibrary: shared } : {}),
  };
  return { ok: true, info };
};

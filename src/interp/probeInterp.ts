import type { SharedLibrary } from '../results/interpInfo.ts';
import type { InterpCheck } from './interpRefusal.ts';
import { preflightInterp } from './preflightInterp.ts';
import { DEFAULT_PROBE_TIMEOUT_MS } from './probeTimeout.ts';
import { readProbe } from './readProbe.ts';
import { runProbe, runProbeSync, type ProbeRun } from './runProbe.ts';
import { missingLibrary, ownLibDir, prependLibraryPath } from './sharedLibrary.ts';

export interface ProbeOptions {
  /** Bound on one probe run; a hang is refused after it. Default 20 s. */
  readonly timeoutMs?: number;
  /** Extra environment for the interpreter (kept in InterpInfo.env), e.g. { PYTHON_GIL: '1' }. */
  readonly env?: Readonly<Record<string, string>>;
}

/** How to probe once more when the loader stopped the interpreter before Python started, or undefined. */
interface Retry { readonly env: Readonly<Record<string, string>>; readonly shared: SharedLibrary }

/**
 * A build configured with --enable-shared (as `./configure --enable-shared --prefix=/usr/local/python314`
 * makes it) needs its libpython, which sits in the install's own lib/; from a shell without the
 * LD_LIBRARY_PATH its builder set, the loader exits 127 naming it. ftconform then runs it, and every
 * program, with that folder first on LD_LIBRARY_PATH (kept in InterpInfo.env, so replay commands say so).
 */
const retryWithOwnLib = (path: string, run: ProbeRun, o: ProbeOptions): Retry | undefined => {
  const library = run.exitCode === 127 ? missingLibrary(run.stderr) : undefined;
  const dir = library === undefined ? undefined : ownLibDir(path, library);
  if (library === undefined || dir === undefined) return undefined;
  const current = o.env?.LD_LIBRARY_PATH ?? process.env.LD_LIBRARY_PATH;
  return { env: { ...o.env, LD_LIBRARY_PATH: prependLibraryPath(dir, current) }, shared: { library, dir } };
};

/** Runs the probe and returns what the interpreter is (InterpInfo), or why it cannot be probed. */
export const probeInterp = async (path: string, o: ProbeOptions = {}): Promise<InterpCheck> => {
  const pre = preflightInterp(path);
  if (!pre.ok) return pre;
  const timeoutMs = o.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const run = await runProbe(pre.path, { timeoutMs, env: o.env });
  const retry = retryWithOwnLib(pre.path, run, o);
  if (retry === undefined) return readProbe(pre.path, run, timeoutMs, o.env);
  return readProbe(pre.path, await runProbe(pre.path, { timeoutMs, env: retry.env }), timeoutMs, retry.env, retry.shared);
};

/** The same, blocking. */
export const probeInterpSync = (path: string, o: ProbeOptions = {}): InterpCheck => {
  const pre = preflightInterp(path);
  if (!pre.ok) return pre;
  const timeoutMs = o.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const run = runProbeSync(pre.path, { timeoutMs, env: o.env });
  const retry = retryWithOwnLib(pre.path, run, o);
  if (retry === undefined) return readProbe(pre.path, run, timeoutMs, o.env);
  return readProbe(pre.path, runProbeSync(pre.path, { timeoutMs, env: retry.env }), timeoutMs, retry.env, retry.shared);
};

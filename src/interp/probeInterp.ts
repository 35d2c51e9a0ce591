import type { InterpCheck } from './interpRefusal.ts';
import { preflightInterp } from './preflightInterp.ts';
import { DEFAULT_PROBE_TIMEOUT_MS } from './probeTimeout.ts';
import { readProbe } from './readProbe.ts';
import { runProbe, runProbeSync } from './runProbe.ts';

export interface ProbeOptions {
  /** Bound on one probe run; a hang is refused after it. Default 20 s. */
  readonly timeoutMs?: number;
  /** Extra environment for the interpreter (kept in InterpInfo.env), e.g. { PYTHON_GIL: '1' }. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs the probe and returns what the interpreter is (InterpInfo), or why it cannot be probed. */
export const probeInterp = async (path: string, o: ProbeOptions = {}): Promise<InterpCheck> => {
  const pre = preflightInterp(path);
  if (!pre.ok) return pre;
  const timeoutMs = o.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  return readProbe(pre.path, await runProbe(pre.path, { timeoutMs, env: o.env }), timeoutMs, o.env);
};

/** The same, blocking. */
export const probeInterpSync = (path: string, o: ProbeOptions = {}): InterpCheck => {
  const pre = preflightInterp(path);
  if (!pre.ok) return pre;
  const timeoutMs = o.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  return readProbe(pre.path, runProbeSync(pre.path, { timeoutMs, env: o.env }), timeoutMs, o.env);
};

import type { InterpCheck } from './interpRefusal.ts';
import { judgeInterp } from './judgeInterp.ts';
import { probeInterp, probeInterpSync, type ProbeOptions } from './probeInterp.ts';

export interface CheckOptions extends ProbeOptions {
  /** Accept a free-threaded build whose GIL is on at run time. Default false. */
  readonly allowGil?: boolean;
}

/** Probes an interpreter and accepts it only if it can check the guarantees; otherwise a refusal (exit code 2). */
export const checkInterp = async (path: string, o: CheckOptions = {}): Promise<InterpCheck> => {
  const probed = await probeInterp(path, o);
  return probed.ok ? judgeInterp(probed.info, { allowGil: o.allowGil ?? false }) : probed;
};

/** The same, blocking. */
export const checkInterpSync = (path: string, o: CheckOptions = {}): InterpCheck => {
  const probed = probeInterpSync(path, o);
  return probed.ok ? judgeInterp(probed.info, { allowGil: o.allowGil ?? false }) : probed;
};

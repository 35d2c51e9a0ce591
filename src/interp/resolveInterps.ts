import type { Options } from '../options/options.ts';
import { interpLabel, type InterpInfo } from '../results/interpInfo.ts';
import { checkInterps } from './checkInterps.ts';
import type { Progress } from './progress.ts';
import { probeTimeoutMs } from './probeTimeout.ts';
import { provisionInterp } from './provisionInterp.ts';

/**
 * The interpreters a run uses: each --interp checked (the first refusal throws InterpRefusedError),
 * or, when none is given, one found or built (see provisionInterp).
 */
export const resolveInterps = async (
  options: Options,
  progress: Progress,
  env: NodeJS.ProcessEnv = process.env,
): Promise<InterpInfo[]> => {
  const timeoutMs = probeTimeoutMs(env);
  if (options.interps.length === 0) {
    const p = await provisionInterp(progress, { env, allowGil: options.allowGil, timeoutMs });
    progress(`interpreter: ${interpLabel(p.info)} (${p.source === 'built' ? 'built just now' : `from ${p.source}`})`);
    return [p.info];
  }
  return checkInterps(options.interps, { allowGil: options.allowGil, timeoutMs });
};

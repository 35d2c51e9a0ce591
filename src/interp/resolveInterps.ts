import { interpLabel, type InterpInfo } from '../results/interpInfo.ts';
import { checkInterps } from './checkInterps.ts';
import { InterpRefusedError, refuse } from './interpRefusal.ts';
import type { Progress } from './progress.ts';
import { probeTimeoutMs } from './probeTimeout.ts';
import { provisionInterp } from './provisionInterp.ts';

/** What a run asks of its interpreters (the options --interp, --allow-gil, --python-version and --tsan). */
export interface InterpRequest {
  readonly interps: readonly string[];
  readonly allowGil: boolean;
  readonly version?: string;
  readonly tsan: boolean;
}

/**
 * The interpreters a run uses: each --interp checked (the first refusal throws InterpRefusedError; with
 * --tsan each must be a ThreadSanitizer build), or, when none is given, one found or built (see
 * provisionInterp; --python-version and --tsan say which).
 */
export const resolveInterps = async (
  options: InterpRequest,
  progress: Progress,
  env: NodeJS.ProcessEnv = process.env,
): Promise<InterpInfo[]> => {
  const timeoutMs = probeTimeoutMs(env);
  if (options.interps.length === 0) {
    const p = await provisionInterp(progress, { env, allowGil: options.allowGil, timeoutMs, version: options.version, tsan: options.tsan });
    progress(`interpreter: ${interpLabel(p.info)} (${p.source === 'built' ? 'built just now' : `from ${p.source}`})`);
    return [p.info];
  }
  const infos = await checkInterps(options.interps, { allowGil: options.allowGil, timeoutMs });
  const plain = options.tsan ? infos.find((i) => !i.tsan) : undefined;
  if (plain) {
    throw new InterpRefusedError(refuse(plain.path, `is not a ThreadSanitizer build (configured without --with-thread-sanitizer)`,
      'drop --tsan, or use a TSAN build: `npx ftconform provision --tsan` builds one').refusal);
  }
  return infos;
};

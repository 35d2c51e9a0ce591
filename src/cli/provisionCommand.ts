import { interpLabel } from '../results/interpInfo.ts';
import { stderrProgress } from '../interp/progress.ts';
import { probeTimeoutMs } from '../interp/probeTimeout.ts';
import { provisionInterp } from '../interp/provisionInterp.ts';
import type { Options } from '../options/options.ts';

/** `ftconform provision`: progress on stderr; the interpreter's path is the last line of stdout (for scripts). */
export const provisionCommand = async (options: Options, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  const progress = stderrProgress();
  const p = await provisionInterp(progress, { env, allowGil: options.allowGil, timeoutMs: probeTimeoutMs(env) });
  progress(`${p.source === 'built' ? 'built' : `found (${p.source})`}: ${interpLabel(p.info)} in ${p.seconds}s`);
  process.stdout.write(`${p.info.path}\n`);
  return 0;
};

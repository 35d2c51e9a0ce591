import { interpLabel } from '../results/interpInfo.ts';
import { stderrProgress } from '../interp/progress.ts';
import { probeTimeoutMs } from '../interp/probeTimeout.ts';
import { provisionInterp } from '../interp/provisionInterp.ts';
import type { Options } from '../options/options.ts';

/**
 * `ftconform provision [--python-version X.Y.Z] [--tsan]`: progress on stderr; the interpreter's path is the last
 * line of stdout (for scripts). Builds go side by side in the cache: cpython-3.13.5t, cpython-3.13.15t-tsan, …
 */
export const provisionCommand = async (options: Options, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  const progress = stderrProgress();
  const p = await provisionInterp(progress, {
    env, allowGil: options.allowGil, timeoutMs: probeTimeoutMs(env), version: options.version, tsan: options.tsan,
  });
  progress(`${p.source === 'built' ? 'built' : `found (${p.source})`}: ${interpLabel(p.info)} in ${p.seconds}s`);
  process.stdout.write(`${p.info.path}\n`);
  return 0;
};

import type { Progress } from '../interp/progress.ts';
import { resolveInterps, type InterpRequest } from '../interp/resolveInterps.ts';
import { withRuntimeEnv } from '../interp/runtimeEnv.ts';
import type { InterpInfo } from '../results/interpInfo.ts';

/**
 * The interpreters a run uses, decided here for every driver (`ftconform run`, `npm test`): each --interp
 * checked, or, without one, the one found or built (resolveInterps: interpCandidates' order, then a build into
 * the cache), each with the runtime environment it runs with (PYTHON_GIL and the like, see withRuntimeEnv).
 */
export const runInterps = async (options: InterpRequest, progress: Progress, env: NodeJS.ProcessEnv = process.env):
  Promise<InterpInfo[]> => withRuntimeEnv(await resolveInterps(options, progress, env), env);

import { runConformance } from '../engine/runConformance.ts';
import { doctor } from '../interp/doctor.ts';
import { formatDoctor } from '../interp/formatDoctor.ts';
import { stderrProgress } from '../interp/progress.ts';
import { resolveInterps } from '../interp/resolveInterps.ts';
import { withRuntimeEnv } from '../interp/runtimeEnv.ts';
import type { Options } from '../options/options.ts';
import { checkOutputs } from '../options/checkOutputs.ts';
import { UsageError } from '../options/parseArgs.ts';
import { allSuites } from '../../suites/allSuites.ts';

/** `ftconform run`: doctor for each interpreter (so a weak machine is visible up front), then the suites. */
export const runCommand = async (options: Options, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  // A misspelt suite is refused before minutes of doctor and provisioning.
  const unknown = options.suites.find((s) => !allSuites[s]);
  if (unknown !== undefined) throw new UsageError(`unknown suite '${unknown}' (suites: ${Object.keys(allSuites).join(', ')})`);
  checkOutputs(options);
  const interps = withRuntimeEnv(await resolveInterps(options, stderrProgress(), env), env);
  for (const info of interps) process.stdout.write(`${formatDoctor(await doctor(info))}\n\n`);
  const { exitCode, summaryText } = await runConformance(options, interps);
  process.stdout.write(`${summaryText}\n`);
  return exitCode;
};

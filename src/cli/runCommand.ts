import { runConformance } from '../orchestration/runConformance.ts';
import { doctor } from '../interp/doctor.ts';
import { ProbeFailure } from '../interp/probeFailure.ts';
import { reportDoctorFailure } from './doctorFailure.ts';
import { formatDoctor } from '../interp/formatDoctor.ts';
import { stderrProgress } from '../interp/progress.ts';
import { runInterps } from '../orchestration/runInterps.ts';
import type { Options } from '../options/options.ts';
import { interpLabel } from '../results/interpInfo.ts';
import { checkOutputs } from '../options/checkOutputs.ts';
import { checkSelection } from '../options/checkSelection.ts';
import { allSuites } from '../../suites/allSuites.ts';
import { namedSuites } from '../../suites/namedSuites.ts';

/** `ftconform run`: doctor for each interpreter (so a weak machine is visible up front), then the suites (or a replay). */
export const runCommand = async (options: Options, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  // A misspelt suite or property is refused before minutes of doctor and provisioning.
  checkSelection(options, namedSuites, Object.keys(allSuites));
  checkOutputs(options);
  const interps = await runInterps(options, stderrProgress(), env);
  // A replay (--path) reruns one draw: the doctor's seconds of measuring were spent when it was found.
  const warned: string[] = [];
  const startedAt = new Date();
  if (options.path === undefined) {
    for (const info of interps) {
      // A crash or hang in the doctor is the interpreter's: a finding, and the run does not start.
      const report = await doctor(info).catch((e: unknown) => e instanceof ProbeFailure ? e : Promise.reject(e));
      if (report instanceof ProbeFailure) return reportDoctorFailure(report, info, options, startedAt);
      process.stdout.write(`${formatDoctor(report)}\n\n`);
      warned.push(...report.warnings.map((w) => `WARNING (${interpLabel(info)}, before the run): ${w}`));
    }
  } else process.stdout.write(`replay on ${interps.map(interpLabel).join(', ')} (doctor skipped)\n`);
  const { exitCode, summaryText } = await runConformance(options, interps);
  // Said again under the verdict, where a PASS is read: a run on a machine that busy checks little.
  process.stdout.write(`${summaryText}\n${warned.map((w) => `${w}\n`).join('')}`);
  return exitCode;
};

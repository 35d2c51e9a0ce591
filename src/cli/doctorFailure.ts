import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { doctorFinding } from '../engine/doctorFinding.ts';
import { EXIT } from '../engine/runExitCode.ts';
import type { ProbeFailure } from '../interp/probeFailure.ts';
import type { Options } from '../options/options.ts';
import { formatFinding } from '../report/format/formatFinding.ts';
import { writeReports } from '../report/writeReports.ts';
import type { RunSummary } from '../results/caseResult.ts';
import { interpLabel, type InterpInfo } from '../results/interpInfo.ts';

/** The probe program as a standalone reproducer: what failed, then the program as it ran. */
const reproducerSource = (e: ProbeFailure, info: InterpInfo): string => [
  `# ftconform reproducer: the doctor's probe "${e.failure.probe}" — ${e.failure.status}`,
  '#',
  `# Failed on: ${info.path} (Python ${info.version}, ${info.build})`,
  `# Finding: ${e.failure.message}`,
  `# Usage: ${info.path} <this file>`,
  '',
  e.failure.source,
].join('\n');

/**
 * The interpreter crashed or hung in the doctor, before any conformance case: a finding about the interpreter
 * (README, "Exit codes"), with the probe program as its reproducer, in the console, the JUnit file and the HTML
 * report. Returns the exit code (1, findings).
 */
export const reportDoctorFailure = async (e: ProbeFailure, info: InterpInfo, options: Options, startedAt: Date): Promise<number> => {
  const reproducer = join(options.reportsDir, 'repro', `doctor-${e.failure.slug}.py`);
  await mkdir(join(options.reportsDir, 'repro'), { recursive: true });
  await writeFile(reproducer, reproducerSource(e, info));
  const finding = doctorFinding(e.failure, info, reproducer, options.profile);
  const summary: RunSummary = {
    startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), interrupted: false,
    profile: options.profile, interps: [info], cases: [finding],
  };
  const { junitPath, htmlPath } = await writeReports(summary, { junit: options.junit, reportsDir: options.reportsDir });
  process.stdout.write(`\n${formatFinding(finding)}\n\n`
    + `ftconform: the conformance run did not start: ${interpLabel(info)} ${e.failure.status} in the doctor (${e.failure.probe})\n`
    + `reports: ${junitPath}, ${htmlPath}\n`);
  return EXIT.findings;
};

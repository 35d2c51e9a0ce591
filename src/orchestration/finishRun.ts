import type { Options } from '../options/options.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { RunSummary } from '../results/caseResult.ts';
import { formatSummary } from '../report/console/formatSummary.ts';
import { writeReports } from '../report/writeReports.ts';
import { endResults, readResults, resultsFile } from '../engine/resultsFile.ts';
import { runExitCode } from '../engine/runExitCode.ts';

/**
 * Gather every recorded case (also after an interruption or a crash of the runner) and write the
 * JUnit and HTML reports: nothing that finished is lost.
 */
export const finishRun = async (options: Options, interps: readonly InterpInfo[], startedAt: Date, interrupted: boolean):
  Promise<{ summary: RunSummary; summaryText: string; exitCode: number }> => {
  const file = resultsFile(options.reportsDir);
  const cases = await readResults(file);
  await endResults(file, { finishedAt: new Date().toISOString(), interrupted, cases: cases.length });
  const summary: RunSummary = {
    startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), interrupted,
    profile: options.profile, interps, cases,
  };
  const { junitPath, htmlPath } = await writeReports(summary, { junit: options.junit, reportsDir: options.reportsDir });
  const summaryText = `${formatSummary(summary)}\nreports: ${junitPath}, ${htmlPath}`;
  return { summary, summaryText, exitCode: runExitCode(summary) };
};

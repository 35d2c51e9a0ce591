import type { RunSummary } from '../results/caseResult.ts';
import { htmlReport } from './html/writeHtml.ts';
import { junitReport } from './junit/writeJunit.ts';
import type { ReportFormat, ReportTargets } from './reportFormat.ts';

export type { ReportTargets } from './reportFormat.ts';

/** Every format a run writes, one line each (see ReportFormat). */
export const REPORT_FORMATS: readonly ReportFormat[] = [junitReport, htmlReport];

/** Writes every report format; returns where each went, and the JUnit XML's and the HTML page's paths. */
export const writeReports = async (summary: RunSummary, targets: ReportTargets):
  Promise<{ readonly junitPath: string; readonly htmlPath: string; readonly written: readonly { name: string; path: string }[] }> => {
  const written = REPORT_FORMATS.map((f) => ({ name: f.name, path: f.path(targets) }));
  await Promise.all(REPORT_FORMATS.map((f, i) => f.write(summary, written[i].path)));
  return { junitPath: junitReport.path(targets), htmlPath: htmlReport.path(targets), written };
};

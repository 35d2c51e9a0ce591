import { join } from 'node:path';
import type { RunSummary } from '../results/caseResult.ts';
import { writeHtml } from './writeHtml.ts';
import { writeJunit } from './writeJunit.ts';

export interface ReportTargets {
  /** Path of the JUnit XML file, e.g. 'reports/junit.xml'. */
  readonly junit: string;
  /** Folder of the HTML report; the page is `<reportsDir>/index.html`. */
  readonly reportsDir: string;
}

/** Writes the JUnit XML and the HTML report; returns where they went. */
export const writeReports = async (
  summary: RunSummary,
  targets: ReportTargets,
): Promise<{ readonly junitPath: string; readonly htmlPath: string }> => {
  const htmlPath = join(targets.reportsDir, 'index.html');
  await Promise.all([writeJunit(summary, targets.junit), writeHtml(summary, htmlPath)]);
  return { junitPath: targets.junit, htmlPath };
};

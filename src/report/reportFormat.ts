import type { RunSummary } from '../results/caseResult.ts';

/** Where a run's reports go (--junit, --reports). */
export interface ReportTargets {
  /** Path of the JUnit XML file, e.g. 'reports/junit.xml'. */
  readonly junit: string;
  /** Folder of the HTML report; the page is `<reportsDir>/index.html`. */
  readonly reportsDir: string;
}

/**
 * One report format a run writes: its folder under src/report/ builds the text (pure) and writes it here. A
 * new format is one such folder and one line in REPORT_FORMATS (writeReports.ts).
 */
export interface ReportFormat {
  readonly name: string;
  /** The file it goes to, for the run's targets. */
  readonly path: (targets: ReportTargets) => string;
  /** Writes the run's report to `file`, creating its folder. */
  readonly write: (summary: RunSummary, file: string) => Promise<void>;
}

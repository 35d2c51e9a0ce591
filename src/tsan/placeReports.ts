import { parseTsanReports } from './parseTsanReports.ts';
import { readMarks } from './tsanMarkers.ts';
import type { TsanReport } from './tsanReport.ts';

/** A report placed in its program: which scenario was running and which of its threads made each access. */
export interface PlacedReport {
  readonly report: TsanReport;
  /** The last scenario marker before the report; absent when the report came before any. */
  readonly scenarioId?: string;
  /** Per access: the scenario's thread index, 'main' (the harness's main thread), or undefined when unknown. */
  readonly workers: readonly (number | 'main' | undefined)[];
}

/**
 * Every ThreadSanitizer report of a program's stderr, placed by the marker lines the program wrote
 * (see tsanMarkers.ts). Pure.
 */
export const placeReports = (stderr: string): PlacedReport[] => {
  const reports = parseTsanReports(stderr);
  if (reports.length === 0) return [];
  const marks = readMarks(stderr);
  return reports.map((report) => {
    const scenarioId = marks.scenarios.filter(([at]) => at < report.offset).at(-1)?.[1];
    // The latest worker that announced this tid before the report (tids are reused across scenarios).
    const workerOf = (tid: number | undefined): number | undefined =>
      tid === undefined ? undefined : marks.threads.filter(([at, t]) => at < report.offset && t === tid).at(-1)?.[2];
    const workers = report.accesses.map((a) => (a.thread === 'main' ? 'main' as const : workerOf(report.tids[a.thread])));
    return { report, ...(scenarioId !== undefined ? { scenarioId } : {}), workers };
  });
};

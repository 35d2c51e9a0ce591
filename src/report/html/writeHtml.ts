import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RunSummary } from '../../results/caseResult.ts';
import type { ReportFormat } from '../reportFormat.ts';
import { buildHtml } from './buildHtml.ts';

/** Writes the HTML report to `file` (e.g. reports/index.html), creating its folder. */
export const writeHtml = async (summary: RunSummary, file: string): Promise<void> => {
  const htmlDir = dirname(file);
  await mkdir(htmlDir, { recursive: true });
  await writeFile(file, buildHtml(summary, { htmlDir, cwd: process.cwd() }), 'utf8');
};

/** The HTML page, `index.html` in --reports (default reports/). */
export const htmlReport: ReportFormat = { name: 'HTML', path: (t) => join(t.reportsDir, 'index.html'), write: writeHtml };

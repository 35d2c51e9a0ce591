import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunSummary } from '../../results/caseResult.ts';
import type { ReportFormat } from '../reportFormat.ts';
import { buildJunitXml } from './buildJunit.ts';

/** Writes the run's JUnit XML to `file`, creating its folder. */
export const writeJunit = async (summary: RunSummary, file: string): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, buildJunitXml(summary), 'utf8');
};

/** The JUnit XML, at --junit (default reports/junit.xml). */
export const junitReport: ReportFormat = { name: 'JUnit XML', path: (t) => t.junit, write: writeJunit };

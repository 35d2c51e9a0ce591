import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CaseResult } from '../results/caseResult.ts';
import { parseResults, type EndRecord, type ParsedResults, type RunRecord } from '../results/runRecord.ts';

// Each finished case is appended at once, so an interrupted or crashed run loses nothing.
export const resultsFile = (reportsDir: string): string => join(reportsDir, 'results.jsonl');

const line = (record: object): string => `${JSON.stringify(record)}\n`;

/** Starts the file afresh with the run's record. */
export const startResults = async (file: string, run: RunRecord): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, line(run));
};

export const recordResult = async (file: string, result: CaseResult): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, line({ record: 'case', ...result }));
};

/** A finding as first seen (superseded by its case record when the case ends). */
export const recordSight = async (file: string, provisional: CaseResult): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, line({ record: 'sight', ...provisional }));
};

export const endResults = (file: string, end: Omit<EndRecord, 'record'>): Promise<void> =>
  appendFile(file, line({ record: 'end', ...end }));

/** Everything in the file; an empty result when it does not exist. */
export const readResultsFile = async (file: string): Promise<ParsedResults> =>
  parseResults(await readFile(file, 'utf8').catch(() => ''));

export const readResults = async (file: string): Promise<CaseResult[]> => [...(await readResultsFile(file)).cases];

export const clearResults = (file: string): Promise<void> => rm(file, { force: true });

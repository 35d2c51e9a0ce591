import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CaseResult } from '../results/caseResult.ts';

// Each finished case is appended at once, so an interrupted or crashed run loses nothing.
export const resultsFile = (reportsDir: string): string => join(reportsDir, 'results.jsonl');

export const recordResult = async (file: string, result: CaseResult): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(result)}\n`);
};

export const readResults = async (file: string): Promise<CaseResult[]> => {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter((l) => l.trim() !== '').flatMap((l) => {
    try { return [JSON.parse(l) as CaseResult]; } catch { return []; }
  });
};

export const clearResults = (file: string): Promise<void> => rm(file, { force: true });

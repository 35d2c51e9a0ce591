import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readResultsFile, resultsFile } from '../engine/resultsFile.ts';
import { runExitCode } from '../engine/runExitCode.ts';
import { checkOutputs } from '../options/checkOutputs.ts';
import type { Options } from '../options/options.ts';
import { UsageError } from '../options/usageError.ts';
import { formatSummary } from '../report/console/formatSummary.ts';
import { writeReports } from '../report/writeReports.ts';
import { mergeResults, type ResultsInput } from '../shard/mergeResults.ts';

/** A folder means its results.jsonl; a file is taken as it is. */
const resultsPath = (input: string): string => {
  try {
    return statSync(input).isDirectory() ? resultsFile(input) : input;
  } catch {
    throw new UsageError(`${input}: no such file or folder`);
  }
};

/**
 * `ftconform merge DIR…` (also `report`): the shards' results.jsonl merged into one JUnit, HTML report,
 * summary and results.jsonl, with the verdict's exit code; one input re-renders its reports without
 * running anything (jcstress's -p).
 */
export const mergeCommand = async (parsed: Options, inputs: readonly string[], given: readonly string[]): Promise<number> => {
  // Only --reports and --junit get here: the parser refuses merge every other flag (see options/commands.ts).
  if (inputs.length === 0) throw new UsageError('merge needs the shards\' folders (or results.jsonl files): ftconform merge DIR…');
  const files = inputs.map(resultsPath);
  // Re-rendering one run's folder writes its reports back there, unless told otherwise.
  const reportsDir = given.includes('--reports') || files.length > 1 ? parsed.reportsDir : dirname(files[0]);
  const options = { ...parsed, reportsDir, junit: given.includes('--junit') ? parsed.junit : join(reportsDir, 'junit.xml') };
  const out = resultsFile(options.reportsDir);
  const rewrite = !files.some((f) => resolve(f) === resolve(out));
  if (!rewrite && files.length > 1) {
    throw new UsageError(`--reports ${options.reportsDir} holds one of the shards' results.jsonl: merge into another folder`);
  }
  checkOutputs(options);
  const read: ResultsInput[] = await Promise.all(files.map(async (f) => ({ source: f, results: await readResultsFile(f) })));
  const merged = mergeResults(read, new Date().toISOString());
  if (!merged.ok) throw new UsageError(merged.problem);
  const { summary, run, shards } = merged;
  if (rewrite) {
    const lines = [run, ...summary.cases.map((c) => ({ record: 'case', ...c })),
      { record: 'end', finishedAt: summary.finishedAt, interrupted: summary.interrupted, cases: summary.cases.length }];
    await writeFile(out, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }
  const { junitPath, htmlPath } = await writeReports(summary, { junit: options.junit, reportsDir: options.reportsDir });
  const text = formatSummary(summary);
  const summaryPath = join(options.reportsDir, 'summary.txt');
  await writeFile(summaryPath, `${text}\n`);
  const unreadable = read.reduce((a, i) => a + i.results.unreadable, 0);
  const from = shards > 1 ? `merged ${shards} shards (seed ${run.seed}, profile ${run.profile})` : `re-rendered ${files[0]}`;
  process.stdout.write(`${text}\n${from}${unreadable ? `; ${unreadable} unreadable lines skipped` : ''}\n`
    + `reports: ${junitPath}, ${htmlPath}, ${summaryPath}${rewrite ? `, ${out}` : ''}\n`);
  return runExitCode(summary);
};

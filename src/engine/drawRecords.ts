import type { DrawRecord } from '../results/caseResult.ts';
import { scenarioKey, shortId } from './scenarioKey.ts';
import type { Tried } from './summarizeProperty.ts';

/** The draws a case ran, as results.jsonl keeps them (`draws[i]` is the run index of `tried[i]`). Pure. */
export const drawRecords = (tried: readonly Tried[], draws: readonly number[]): DrawRecord[] =>
  tried.map((t, i) => ({
    draw: draws[i],
    scenario: shortId(scenarioKey(t.scenario)),
    status: t.verdict.status,
    message: t.verdict.message,
    interesting: t.verdict.interesting,
    outcomes: t.verdict.histogram.length,
  }));

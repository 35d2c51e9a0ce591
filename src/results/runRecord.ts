import type { Shard } from './shard.ts';
import type { CaseResult } from './caseResult.ts';
import type { InterpInfo } from './interpInfo.ts';

/** Version of the results.jsonl records (README, "results.jsonl"): bumped on an incompatible change. */
export const RESULTS_FORMAT = 1;

/** First line of results.jsonl: which run (or shard of a run) the cases belong to. */
export interface RunRecord {
  readonly record: 'run';
  readonly format: number;
  /** 'ftconform 0.1.0' */
  readonly tool: string;
  readonly seed: number;
  readonly profile: string;
  /** Suites of the whole run, in order. */
  readonly suites: readonly string[];
  /** This machine's part, when the run is sharded. */
  readonly shard?: Shard;
  /** Fingerprint of the whole run's work units: equal on every shard of one run. */
  readonly plan: string;
  /** (interpreter × property) cases this record's run checks. */
  readonly planned: number;
  readonly interps: readonly InterpInfo[];
  readonly startedAt: string;
  /** Set on a file `ftconform merge` wrote: how many shards went into it. */
  readonly merged?: number;
}

/** One finished case (one property on one interpreter; in a shard, the draws that shard ran). */
export type CaseRecord = { readonly record: 'case' } & CaseResult;

/**
 * A finding the moment it was first seen, before shrinking: the case as it stood then. The case's own
 * record, when it comes, supersedes it; without one (the run was stopped while shrinking) it stands for
 * the case.
 */
export type SightRecord = { readonly record: 'sight' } & CaseResult;

/** Last line: the run ended (without it, the run died or is still going). */
export interface EndRecord {
  readonly record: 'end';
  readonly finishedAt: string;
  readonly interrupted: boolean;
  readonly cases: number;
}

export type ResultsRecord = RunRecord | CaseRecord | SightRecord | EndRecord;

export interface ParsedResults {
  readonly run?: RunRecord;
  readonly cases: readonly CaseResult[];
  readonly end?: EndRecord;
  /** Lines that are not a record (e.g. a line cut short when the machine died). */
  readonly unreadable: number;
}

/**
 * Reads results.jsonl text (pure). Lines without `record` are cases, as written before records had one; a
 * sight record is a case unless a case record of the same name supersedes it.
 */
export const parseResults = (text: string): ParsedResults => {
  let run: RunRecord | undefined, end: EndRecord | undefined, unreadable = 0;
  const read: { case: CaseResult; sight: boolean }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let r: Partial<ResultsRecord> & { record?: string };
    try {
      r = JSON.parse(line) as typeof r;
    } catch {
      unreadable++;
      continue;
    }
    if (typeof r !== 'object' || r === null) unreadable++;
    else if (r.record === 'run') run = r as RunRecord;
    else if (r.record === 'end') end = r as EndRecord;
    else if (r.record === undefined || r.record === 'case' || r.record === 'sight') {
      const { record: _, ...c } = r as CaseRecord;
      read.push({ case: c as CaseResult, sight: r.record === 'sight' });
    } else unreadable++;
  }
  const final = new Set(read.filter((x) => !x.sight).map((x) => x.case.name));
  const cases = read.filter((x) => !x.sight || !final.has(x.case.name)).map((x) => x.case);
  return { run, cases, end, unreadable };
};

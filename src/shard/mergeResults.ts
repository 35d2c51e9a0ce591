import type { CaseResult, RunSummary } from '../results/caseResult.ts';
import { interpLabel } from '../results/interpInfo.ts';
import type { ParsedResults, RunRecord } from '../results/runRecord.ts';
import { mergeCases } from './mergeCases.ts';

/** One results.jsonl to merge, and where it came from (for messages). */
export interface ResultsInput {
  readonly source: string;
  readonly results: ParsedResults;
}

export type Merged =
  | { readonly ok: true; readonly run: RunRecord; readonly summary: RunSummary; readonly shards: number }
  | { readonly ok: false; readonly problem: string };

const refuse = (problem: string): Merged => ({ ok: false, problem });

// What must be equal on every shard of one run, and how to name it in a message.
const SAME: readonly [string, (r: RunRecord) => string][] = [
  ['tool version', (r) => r.tool],
  ['seed', (r) => String(r.seed)],
  ['profile', (r) => r.profile],
  ['suites', (r) => r.suites.join(' ')],
  ['interpreters', (r) => r.interps.map(interpLabel).join(', ')],
  ['shard count', (r) => String(r.shard?.total ?? 'none (unsharded)')],
  // Same inputs, different work units: the code or the --budget differed.
  ['work plan (budget or code)', (r) => r.plan],
];

/** Cases of every input grouped by name, in the order the inputs (sorted by shard) first show them. */
const mergeAll = (inputs: readonly ResultsInput[]): CaseResult[] => {
  const groups = new Map<string, CaseResult[]>();
  for (const i of inputs) for (const c of i.results.cases) groups.set(c.name, [...(groups.get(c.name) ?? []), c]);
  return [...groups.values()].map(mergeCases);
};

/**
 * Merges the results of a run's shards into one summary, as if one machine had run it (pure). Refused,
 * in one line, when an input is not a run's record, shards disagree on what run they are, or a shard is
 * missing or there twice. A single input is taken as it is (re-rendering its reports).
 */
export const mergeResults = (inputs: readonly ResultsInput[], now: string): Merged => {
  if (inputs.length === 0) return refuse('nothing to merge: name the folders (or results.jsonl files) of the shards');
  for (const i of inputs) {
    if (!i.results.run && i.results.cases.length === 0) return refuse(`${i.source}: no results (missing, empty or not a results.jsonl)`);
  }
  const headless = inputs.find((i) => !i.results.run);
  if (headless && inputs.length > 1) return refuse(`${headless.source}: no run record (an older ftconform?): cannot tell which shard it is`);
  const sorted = [...inputs].sort((a, b) => (a.results.run?.shard?.index ?? 0) - (b.results.run?.shard?.index ?? 0));
  const first = sorted[0];
  const run0 = first.results.run;
  for (const i of sorted.slice(1)) {
    for (const [what, of] of SAME) {
      const [a, b] = [of(run0!), of(i.results.run!)];
      if (a !== b) return refuse(`${i.source} is not from the same run as ${first.source}: ${what} ${b} ≠ ${a}; not merged`);
    }
  }
  const total = run0?.shard?.total;
  if (total !== undefined) {
    const seen = new Map<number, string>();
    for (const i of sorted) {
      const k = i.results.run!.shard!.index;
      if (seen.has(k)) return refuse(`shard ${k}/${total} is there twice (${seen.get(k)}, ${i.source}); not merged`);
      seen.set(k, i.source);
    }
    const missing = Array.from({ length: total }, (_, k) => k + 1).filter((k) => !seen.has(k));
    if (missing.length > 0) {
      return refuse(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${total}`).join(', ')} missing (have ${[...seen.keys()].join(', ')}); not merged`);
    }
  } else if (sorted.length > 1) {
    return refuse(`${sorted[1].source} and ${first.source} are both whole runs, not shards of one: nothing to merge`);
  }

  const ends = sorted.map((i) => i.results.end);
  const cases = mergeAll(sorted);
  const startedAt = sorted.map((i) => i.results.run?.startedAt ?? '').filter(Boolean).sort()[0] ?? now;
  const finishedAt = ends.map((e) => e?.finishedAt ?? '').filter(Boolean).sort().at(-1) ?? now;
  const interps = run0?.interps ?? [...new Map(cases.map((c) => [interpLabel(c.interp), c.interp])).values()];
  const run: RunRecord = run0
    ? { ...run0, shard: undefined, merged: total === undefined ? run0.merged : sorted.length, planned: cases.length }
    : { record: 'run', format: 1, tool: 'unknown', seed: cases[0]?.seed ?? 0, profile: cases[0]?.profile ?? 'unknown', suites: [...new Set(cases.map((c) => c.suite))],
      plan: 'unknown', planned: cases.length, interps, startedAt };
  return {
    ok: true,
    run,
    shards: total ?? 1,
    summary: {
      startedAt, finishedAt,
      // A shard that died or was stopped (no end record, or one marked interrupted) leaves the run partial.
      interrupted: sorted.some((i) => (i.results.run && !i.results.end) || i.results.end?.interrupted === true),
      profile: run.profile, interps, cases,
    },
  };
};

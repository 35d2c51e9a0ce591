import type { DocRef } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { isExc } from '../catalogue/pyValue.ts';
import type { Expect } from '../results/caseResult.ts';
import type { Expectations, Position } from './expectations.ts';
import { corruptionIn, isCorruptedOutcome } from './corruptionIn.ts';

export interface Grade {
  readonly expect: Expect;
  readonly description: string;
  /** An exception the catalogue does not allow (status 'error' rather than 'failed'). */
  readonly unexpectedException?: string;
  /** The documented guarantee a FORBIDDEN outcome breaks. */
  readonly broken?: DocRef;
  /** [thread, op] of the operation blamed for a FORBIDDEN outcome. */
  readonly blamed?: Position;
  /** The container's own consistency check failed after the run (len, lookups, iteration disagree). */
  readonly corrupted?: string;
}

const opName = (e: Expectations, t: number, i: number) => `t${t}.${e.plan.threads[t][i].op.label}`;

/** Search bound of each "what if this result were anything" question when blaming. */
const BLAME_NODES = 50_000;

/**
 * Which operation to blame for a FORBIDDEN outcome: the first whose result, were it anything, would make
 * the outcome reachable; else the first atomic (or user-locked) writer, whose effect on the final state no
 * interleaving explains. A corrupted structure is reached by no split of any operation: no search, and no
 * operation blamed (that writer would be a guess); the guarantee broken is still that writer's.
 */
export const blameOutcome = (e: Expectations, outcomeJson: string): Pick<Grade, 'broken' | 'blamed'> => {
  const at = (t: number, i: number) => ({ broken: e.plan.threads[t][i].op.doc, blamed: [t, i] as const });
  const writer = (): Pick<Grade, 'broken' | 'blamed'> => {
    for (const strict of [true, false]) {
      for (let t = 0; t < e.plan.threads.length; t++) {
        const i = e.plan.threads[t].findIndex((p) => p.op.writes && (!strict || p.op.guarantee === 'atomic' || p.locked));
        if (i >= 0) return at(t, i);
      }
    }
    return {};
  };
  if (isCorruptedOutcome(outcomeJson)) {
    const { broken } = writer();
    return broken ? { broken } : {};
  }
  for (let t = 0; t < e.plan.threads.length; t++) {
    for (let i = 0; i < e.plan.threads[t].length; i++) {
      if (e.reaches(outcomeJson, 'split', [t, i], BLAME_NODES) === 'yes') return at(t, i);
    }
  }
  // A reader called more than once in a thread may be wrong every time (len(s) twice during one s |= ...):
  // all its calls at once, before falling back on a writer.
  for (let t = 0; t < e.plan.threads.length; t++) {
    const readers = new Map<string, [number, number][]>();
    e.plan.threads[t].forEach((p, i) => { if (!p.op.writes) readers.set(p.op.id, [...(readers.get(p.op.id) ?? []), [t, i]]); });
    for (const calls of readers.values()) {
      if (calls.length > 1 && e.reaches(outcomeJson, 'split', calls, BLAME_NODES) === 'yes') return at(...calls[0]);
    }
  }
  return writer();
};

/** Operations whose steps other threads can run between (for describing an interleaved outcome). */
const splitOps = (e: Expectations): string =>
  [...new Set(e.plan.threads.flat().filter((p) => p.op.steps.length > 1 || p.op.window).map((p) => p.op.label))].join(', ');

export interface GradeOptions {
  /** Work bound of the reachability search (default: the oracle's, MAX_SEARCH_NODES). */
  readonly maxNodes?: number;
  /** Find the operation to blame for a FORBIDDEN outcome (several more searches). Default true. */
  readonly blame?: boolean;
}

/** jcstress-style grade of one observed outcome (canonical JSON from the program). */
export const gradeOutcome = (e: Expectations, outcomeJson: string, opts: GradeOptions = {}): Grade => {
  let outcome: PyValue[][];
  try {
    outcome = JSON.parse(outcomeJson) as PyValue[][];
  } catch {
    return { expect: 'FORBIDDEN', description: 'malformed outcome', unexpectedException: 'malformed' };
  }
  const threads = e.plan.threads;
  if (!Array.isArray(outcome) || outcome.length !== threads.length + 1
    || threads.some((ops, t) => !Array.isArray(outcome[t]) || outcome[t].length !== ops.length)) {
    return { expect: 'FORBIDDEN', description: 'outcome has the wrong shape', unexpectedException: 'malformed' };
  }
  const corrupted = corruptionIn(outcome[threads.length] as PyValue);
  if (corrupted !== undefined) {
    return { expect: 'FORBIDDEN', corrupted, description: `corrupted structure after the run: ${corrupted}` };
  }
  for (let t = 0; t < threads.length; t++) {
    for (let i = 0; i < threads[t].length; i++) {
      const r = outcome[t][i], op = threads[t][i].op;
      if (isExc(r) && !op.exceptions.includes(r.e)) {
        return { expect: 'FORBIDDEN', description: `${opName(e, t, i)} raised ${r.e}, which it may not`,
          unexpectedException: r.e, broken: op.doc, blamed: [t, i] };
      }
    }
  }
  if (e.reaches(outcomeJson, 'atomic', undefined, opts.maxNodes) === 'yes') {
    return { expect: 'ACCEPTABLE', description: 'a serial order of the operations gives this' };
  }
  const split = e.reaches(outcomeJson, 'split', undefined, opts.maxNodes);
  if (split === 'yes') {
    return { expect: 'ACCEPTABLE_INTERESTING',
      description: `another thread ran between the steps of ${splitOps(e)} (documented as not atomic)` };
  }
  if (split === 'unknown') {
    return { expect: 'UNDECIDED', description: 'the oracle could not decide this outcome within its work bound' };
  }
  return { expect: 'FORBIDDEN', ...(opts.blame === false ? {} : blameOutcome(e, outcomeJson)),
    description: 'no interleaving of the documented atomic steps gives this' };
};

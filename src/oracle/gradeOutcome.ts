import type { DocRef, Operation } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { isExc } from '../catalogue/pyValue.ts';
import type { Expect } from '../results/caseResult.ts';
import type { Expectations } from './expectations.ts';
import { finalMultiset, maskWeak } from './expectations.ts';

export interface Grade {
  readonly expect: Expect;
  readonly description: string;
  /** An exception the catalogue does not allow (status 'error' rather than 'failed'). */
  readonly unexpectedException?: string;
  /** The documented guarantee a FORBIDDEN outcome breaks. */
  readonly broken?: DocRef;
  /** [thread, op] of the operation blamed for a FORBIDDEN outcome. */
  readonly blamed?: readonly [number, number];
}

/** A weak result is checked by the op's plausibility test; an op without one (a reader whose guarantee the
 * interpreter's docs do not state yet) may return any value of its kind, but no exception it may not raise. */
const plausible = (op: Operation, r: PyValue, e: Expectations, args: readonly PyValue[]): boolean =>
  op.plausible ? op.plausible(r, e.universe, args) : !isExc(r) || op.exceptions.includes(r.e);

const opName = (e: Expectations, t: number, i: number) => `t${t}.${e.plan.threads[t][i].op.label}`;

/**
 * Which operation to blame: the first whose result no reachable outcome has at its position; else the
 * first atomic (or locked) writer, whose effect on the final state no serial order explains.
 */
const blame = (e: Expectations, outcome: readonly PyValue[][]): Pick<Grade, 'broken' | 'blamed'> => {
  const reach = [...e.split].map((o) => JSON.parse(o) as PyValue[][]);
  const at = (t: number, i: number) => ({ broken: e.plan.threads[t][i].op.doc, blamed: [t, i] as const });
  for (let t = 0; t < e.plan.threads.length; t++) {
    for (let i = 0; i < e.plan.threads[t].length; i++) {
      const seen = JSON.stringify(outcome[t][i]);
      if (!reach.some((o) => JSON.stringify(o[t][i]) === seen)) return at(t, i);
    }
  }
  for (const strict of [true, false]) {
    for (let t = 0; t < e.plan.threads.length; t++) {
      const i = e.plan.threads[t].findIndex((p) => p.op.writes && (!strict || p.op.guarantee === 'atomic' || p.locked));
      if (i >= 0) return at(t, i);
    }
  }
  return {};
};

/** jcstress-style grade of one observed outcome (canonical JSON from the program). */
export const gradeOutcome = (e: Expectations, outcomeJson: string): Grade => {
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
  for (let t = 0; t < threads.length; t++) {
    for (let i = 0; i < threads[t].length; i++) {
      const r = outcome[t][i], op = threads[t][i].op;
      const weakOk = e.weak.some(([wt, wi]) => wt === t && wi === i) && plausible(op, r, e, threads[t][i].args);
      if (isExc(r) && !op.exceptions.includes(r.e) && !weakOk) {
        return { expect: 'FORBIDDEN', description: `${opName(e, t, i)} raised ${r.e}, which it may not`,
          unexpectedException: r.e, broken: op.doc, blamed: [t, i] };
      }
    }
  }
  if (e.atomic.has(outcomeJson)) return { expect: 'ACCEPTABLE', description: 'a serial order of the operations gives this' };
  if (e.split.has(outcomeJson)) {
    return { expect: 'ACCEPTABLE_INTERESTING',
      description: 'needs an operation the docs do not call atomic split by another thread (lost update / check-then-act race)' };
  }
  if (e.weak.length > 0 && e.splitMasked.has(maskWeak(outcome, e.weak))) {
    const bad = e.weak.find(([t, i]) => !plausible(threads[t][i].op, outcome[t][i], e, threads[t][i].args));
    if (!bad) {
      return { expect: 'ACCEPTABLE_INTERESTING',
        description: `lock-free read saw an intermediate state (${e.weak.map(([t, i]) => opName(e, t, i)).join(', ')})` };
    }
    const [t, i] = bad;
    return { expect: 'FORBIDDEN', broken: threads[t][i].op.doc, blamed: [t, i],
      description: `${opName(e, t, i)} returned ${JSON.stringify(outcome[t][i])}, impossible at any instant` };
  }
  const final = outcome[outcome.length - 1];
  if (e.safeWriters && e.finalMultisets.has(finalMultiset(final))) {
    return { expect: 'ACCEPTABLE_INTERESTING',
      description: 'not serializable, but nothing lost or invented (documented only as "safe, will not corrupt")' };
  }
  return { expect: 'FORBIDDEN', ...blame(e, outcome),
    description: 'no interleaving of the documented atomic steps gives this' };
};

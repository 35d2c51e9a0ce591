import type { ContainerState, DocRef } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { isExc } from '../catalogue/pyValue.ts';
import type { Expect } from '../results/caseResult.ts';
import type { Expectations, Position, WindowEntry } from './expectations.ts';
import { maskPositions } from './expectations.ts';
import { corruptionIn } from './corruptionIn.ts';

export interface Grade {
  readonly expect: Expect;
  readonly description: string;
  /** An exception the catalogue does not allow (status 'error' rather than 'failed'). */
  readonly unexpectedException?: string;
  /** The documented guarantee a FORBIDDEN outcome breaks. */
  readonly broken?: DocRef;
  /** [thread, op] of the operation blamed for a FORBIDDEN outcome. */
  readonly blamed?: Position;
  /** What the blamed operation returned (or raised) in that outcome. */
  readonly blamedResult?: PyValue;
  /** The container's own consistency check failed after the run (len, lookups, iteration disagree). */
  readonly corrupted?: string;
}

const opName = (e: Expectations, t: number, i: number) => `t${t}.${e.plan.threads[t][i].op.label}`;

/** Every reachable outcome, parsed once per expectations object (only needed to blame). */
const reachCache = new WeakMap<Expectations, readonly PyValue[][][]>();
const reachOf = (e: Expectations): readonly PyValue[][][] => {
  let r = reachCache.get(e);
  if (!r) {
    r = [...e.split, ...e.windowed.keys()].map((o) => JSON.parse(o) as PyValue[][]);
    reachCache.set(e, r);
  }
  return r;
};

/**
 * Which operation to blame: the first whose result no reachable outcome has at its position; else the
 * first atomic (or user-locked) writer, whose effect on the final state no interleaving explains.
 */
const blame = (e: Expectations, outcome: readonly PyValue[][]): Pick<Grade, 'broken' | 'blamed' | 'blamedResult'> => {
  const reach = reachOf(e);
  const at = (t: number, i: number) =>
    ({ broken: e.plan.threads[t][i].op.doc, blamed: [t, i] as const, blamedResult: outcome[t][i] });
  const windowed = (t: number, i: number) => e.windows.some(([wt, wi]) => wt === t && wi === i);
  for (let t = 0; t < e.plan.threads.length; t++) {
    for (let i = 0; i < e.plan.threads[t].length; i++) {
      if (windowed(t, i)) continue;
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

/** The windowed reads of an outcome pass when one way of reaching the rest of it explains every one. */
const windowsAccept = (e: Expectations, outcome: readonly PyValue[][], candidates: readonly (readonly WindowEntry[])[]):
  Position | undefined => {
  let worst: Position | undefined;
  for (const entries of candidates) {
    const bad = e.windows.find(([t, i], k) => {
      const p = e.plan.threads[t][i], entry = entries[k];
      return 'exact' in entry ? JSON.stringify(entry.exact) !== JSON.stringify(outcome[t][i])
        : !p.op.window!(outcome[t][i], entry.states.map((s) => JSON.parse(s) as ContainerState), p.args);
    });
    if (!bad) return undefined;
    worst ??= bad;
  }
  return worst;
};

/** Operations whose steps other threads can run between (for describing an interleaved outcome). */
const splitOps = (e: Expectations): string =>
  [...new Set(e.plan.threads.flat().filter((p) => p.op.steps.length > 1 || p.op.window).map((p) => p.op.label))].join(', ');

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
  const corrupted = corruptionIn(outcome[threads.length] as PyValue);
  if (corrupted !== undefined) {
    return { expect: 'FORBIDDEN', corrupted, description: `corrupted structure after the run: ${corrupted}` };
  }
  for (let t = 0; t < threads.length; t++) {
    for (let i = 0; i < threads[t].length; i++) {
      const r = outcome[t][i], op = threads[t][i].op;
      if (isExc(r) && !op.exceptions.includes(r.e)) {
        return { expect: 'FORBIDDEN', description: `${opName(e, t, i)} raised ${r.e}, which it may not`,
          unexpectedException: r.e, broken: op.doc, blamed: [t, i], blamedResult: r };
      }
    }
  }
  if (e.atomic.has(outcomeJson)) return { expect: 'ACCEPTABLE', description: 'a serial order of the operations gives this' };
  const interleaved = `another thread ran between the steps of ${splitOps(e)} (documented as not atomic)`;
  if (e.split.has(outcomeJson)) return { expect: 'ACCEPTABLE_INTERESTING', description: interleaved };
  if (e.windows.length > 0) {
    const candidates = e.windowed.get(maskPositions(outcome, e.windows));
    if (candidates) {
      const bad = windowsAccept(e, outcome, candidates);
      if (!bad) return { expect: 'ACCEPTABLE_INTERESTING', description: interleaved };
      const [t, i] = bad;
      return { expect: 'FORBIDDEN', broken: threads[t][i].op.doc, blamed: bad, blamedResult: outcome[t][i],
        description: `${opName(e, t, i)} returned ${JSON.stringify(outcome[t][i])}, which no state it could have seen gives` };
    }
  }
  return { expect: 'FORBIDDEN', ...blame(e, outcome),
    description: 'no interleaving of the documented atomic steps gives this' };
};

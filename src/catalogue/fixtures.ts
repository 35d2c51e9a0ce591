import type { DictState, Operation } from './operation.ts';
import { dictSetdefault } from './dict.ts';

/**
 * Deliberately broken operations for ftconform's own tests: the model and the documented guarantee are
 * the real operation's, the Python code is not. They prove that the oracle has teeth; real suites never
 * draw them (they are only used when a shape names them).
 */
export const brokenSetdefault: Operation<DictState> = {
  ...dictSetdefault,
  id: 'fixture.dict.setdefault-unlocked',
  label: 'd.setdefault(k, v) [BROKEN FIXTURE: get-then-set without a lock]',
  // A check-then-act: two threads can both miss the key and both "win".
  python: ([k, v]) => [`r = c.get(${k})`, 'if r is None:', `    c[${k}] = r = ${v}`],
  fixture: 'setdefault replaced by an unlocked get-then-set, as a CPython bug could do',
};

export const fixtureOps: readonly Operation[] = [brokenSetdefault as Operation];

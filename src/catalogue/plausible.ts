import type { Universe } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { isExc } from './pyValue.ts';

// Building blocks of plausibility checks: what a weak read may return, judged only against everything
// the container held at some instant. They reject only what no instant could have produced.

export const isElement = (u: Universe, x: PyValue): boolean => u.elements.has(JSON.stringify(x));

export const isDictValue = (u: Universe, x: PyValue): boolean => u.values.has(JSON.stringify(x));

export const raised = (r: PyValue, name: string): boolean => isExc(r) && r.e === name;

/** An int in [lo, hi]. */
export const intIn = (r: PyValue, lo: number, hi: number): boolean =>
  typeof r === 'number' && Number.isInteger(r) && r >= lo && r <= hi;

/** A tuple whose items each satisfy `ok`. */
export const tupleOf = (r: PyValue, ok: (x: PyValue) => boolean): boolean => Array.isArray(r) && r.every(ok);

/**
 * A membership answer: True only for something that was ever present. `args` is optional because the
 * oracle may not pass the operation's arguments; without them only the type is checked.
 */
export const membership = (r: PyValue, u: Universe, x: PyValue | undefined): boolean =>
  r === false || (r === true && (x === undefined || isElement(u, x)));

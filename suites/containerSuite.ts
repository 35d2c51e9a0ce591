import { operationsOf } from '../src/catalogue/catalogue.ts';
import type { ContainerType } from '../src/catalogue/operation.ts';
import type { Property } from '../src/engine/property.ts';

const ids = (c: ContainerType, keep: (g: string) => boolean) =>
  operationsOf(c).filter((op) => keep(op.guarantee)).map((op) => op.id);

/**
 * The per-type suite: every catalogue operation of the container, alone and mixed with the others,
 * without a lock and under threading.Lock.
 */
export const containerSuite = (c: ContainerType): readonly Property[] => [
  {
    suite: c, kind: 'conformance',
    name: `${c} operations documented atomic give only outcomes of some serial order`,
    shape: { containers: [c], ops: ids(c, (g) => g === 'atomic'), threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
  },
  {
    suite: c, kind: 'conformance',
    name: `${c} safe and lock-free operations mixed with atomic ones never corrupt or invent elements`,
    shape: { containers: [c], ops: ids(c, (g) => g !== 'never-atomic'), threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
  },
  {
    suite: c, kind: 'conformance',
    name: `${c} operations including never-atomic patterns are exact under threading.Lock`,
    shape: { containers: [c], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['all'] },
  },
  {
    suite: c, kind: 'conformance',
    name: `${c} never-atomic patterns under the lock mixed with unlocked operations stay within their steps`,
    shape: { containers: [c], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['compound', 'none'] },
  },
];

/** An instance's attribute dict (split keys shared by every instance of one class), written through attribute
 * assignment and through obj.__dict__. Attribute names are strings. */
export const instanceDictProperty: Property = {
  suite: 'dict', kind: 'conformance',
  name: "an instance's attribute dict written by setattr and through __dict__ keeps the dict's guarantees",
  shape: { containers: ['instdict'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'],
    keyKinds: ['str', 'fresh-str'] },
};

/**
 * d.update(other) and d |= other with keys whose __eq__ is Python code, beside the single-key writers and
 * the readers: "the lock can be released during comparison" (Doc/library/threadsafety.rst), so other threads
 * may act between two of the merge's inserts, never inside one (dict.ts, withPythonEq). Every key collides.
 */
export const pythonEqMergeProperty: Property = {
  suite: 'dict', kind: 'conformance',
  name: 'd.update and d |= with keys whose __eq__ is Python code let others act between inserts, never inside one',
  shape: { containers: ['dict'], ops: ['dict.update', 'dict.ior', 'dict.setdefault', 'dict.setitem', 'dict.pop-default',
    'dict.delitem', 'dict.clear', 'dict.get', 'dict.getitem', 'dict.len', 'dict.copy'],
  threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'], keyKinds: ['collide', 'yield-eq'] },
};

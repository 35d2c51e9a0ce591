import type { Property } from '../src/engine/property.ts';
import type { KeyKind } from '../generators/argument.ts';
import type { ContainerType } from '../src/catalogue/operation.ts';

// ftconform's own teeth: a deliberately broken operation (src/catalogue/fixtures.ts) must be caught,
// shrunk, replayed and reported. Not part of a conformance run.
export const brokenSetdefaultProperty: Property = {
  suite: 'selftest', kind: 'conformance',
  name: 'a broken dict.setdefault (unlocked get-then-set) is graded FORBIDDEN',
  shape: { containers: ['dict'], ops: ['fixture.dict.setdefault-unlocked'], threads: { min: 2, max: 2 },
    opsPerThread: { min: 2, max: 3 }, lockModes: ['none'], keyKinds: ['int'], initial: 'empty' },
};

/**
 * Catalogue operations of every guarantee class the container has (atomic writers and lock-free reads,
 * "safe" writers with intermediate states, lock-free scans, never-atomic patterns), drawn around each
 * planted bug so that no class can hide it.
 */
export const MIXED = {
  list: ['list.append', 'list.setitem', 'list.getitem', 'list.len', 'list.insert', 'list.pop-index', 'list.sort', 'list.reverse',
    'list.contains', 'list.count', 'list.rmw-increment', 'list.iterate'],
  dict: ['dict.setitem', 'dict.get', 'dict.len', 'dict.pop-default', 'dict.update', 'dict.copy', 'dict.rmw-increment',
    'dict.check-then-delete', 'dict.iterate'],
  set: ['set.add', 'set.discard', 'set.pop', 'set.len', 'set.contains', 'set.copy', 'set.update', 'set.isub',
    'set.check-then-add', 'set.iterate'],
  // Writers of either object and readers of both, beside a cross-object operation.
  'dict+dict': ['dict+dict:o.setitem', 'dict+dict:o.pop-default', 'dict+dict:o.clear', 'dict+dict:c.setitem', 'dict+dict:c.get',
    'dict+dict.eq'],
  // Mostly writers of `o`: only they can show a merge that reads `o` without its lock.
  'set+set': ['set+set:o.add', 'set+set:o.discard', 'set+set:o.clear', 'set+set:o.pop', 'set+set:c.discard', 'set+set.issubset'],
  defaultdict: ['defaultdict.append', 'defaultdict.getitem', 'defaultdict.get', 'defaultdict.contains', 'defaultdict.len'],
  odict: ['odict.setitem', 'odict.get', 'odict.len', 'odict.pop-default', 'odict.popitem', 'odict.move_to_front'],
  counter: ['counter.update', 'counter.iadd', 'counter.getitem', 'counter.len'],
  instdict: ['instdict.setattr', 'instdict.getattr', 'instdict.delattr', 'instdict.get', 'instdict.len', 'instdict.setitem',
    'instdict.contains', 'instdict.copy'],
  // The real next() in other threads too: two threads reaching the end is what the crash entries need.
  'dict+iter': ['dict+iter.next', 'dict+iter:c.setitem', 'dict+iter:c.delitem', 'dict+iter:c.pop-default', 'dict+iter:c.setdefault'],
  'set+iter': ['set+iter.next', 'set+iter:c.add', 'set+iter:c.discard', 'set+iter:c.pop', 'set+iter:c.update'],
} as const satisfies Partial<Record<ContainerType, readonly string[]>>;

/**
 * How a planted bug may show up: a FORBIDDEN outcome, an exception the docs do not allow, a crash, a hang.
 * Never 'known': the registry must not excuse a planted bug (issue 20).
 */
export type PlantedSymptom = 'failed' | 'error' | 'crashed' | 'hung';

export interface PlantedBug {
  readonly property: Property;
  /** The statuses that count as caught (an exception the race also causes still shows the bug). */
  readonly symptoms: readonly PlantedSymptom[];
  /** Draws, in quick profiles (6 each): 2, or more for a bug only a rarer draw can show. */
  readonly profiles?: number;
}

const plantedProperty = (id: string, container: keyof typeof MIXED, symptoms: readonly PlantedSymptom[],
  initial: 'any' | 'empty' | 'full' = 'full', keyKinds: readonly KeyKind[] = ['int'], profiles = 2,
  ops: readonly string[] = MIXED[container]): PlantedBug => ({
  symptoms, profiles,
  property: {
    suite: 'planted', kind: 'conformance',
    name: `planted bug ${id} is caught among operations of every guarantee class`,
    // Three threads call it on the same key, each beside one or two operations of the mix.
    shape: { containers: [container], ops, everyThread: id, threads: { min: 3, max: 3 },
      opsPerThread: { min: 1, max: 2 }, lockModes: ['none'], keyKinds, initial },
  },
});

const WRONG = ['failed', 'error'] as const;

/** A planted bug of the controlled mode's class, drawn beside dict writers and readers with gate keys. */
const controlledPlanted = (id: string, symptoms: readonly PlantedSymptom[]): PlantedBug => ({
  symptoms, profiles: 2,
  property: {
    suite: 'planted', kind: 'conformance',
    name: `planted bug ${id} is caught by controlled schedules`,
    shape: { containers: ['dict'], ops: ['dict.setitem', 'dict.get', 'dict.len', 'dict.pop-default', 'dict.setdefault'],
      everyThread: id, threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 2 }, lockModes: ['none'],
      keyKinds: ['yield-eq'], initial: 'full', controlled: { bound: 2 } },
  },
});

export const plantedBugProperties: readonly PlantedBug[] = [
  plantedProperty('fixture.list.append-lost-write', 'list', WRONG),
  plantedProperty('fixture.list.pop-twice', 'list', WRONG),
  plantedProperty('fixture.list.append-invented', 'list', WRONG),
  plantedProperty('fixture.list.insert-reordered', 'list', WRONG),
  plantedProperty('fixture.dict.setdefault-own-value', 'dict', WRONG, 'empty'),
  plantedProperty('fixture.dict.get-misses', 'dict', WRONG),
  plantedProperty('fixture.list.copy-torn', 'list', WRONG),
  plantedProperty('fixture.dict.pop-default-raises', 'dict', ['error']),
  // Colliding keys with a Python __eq__: the real d.update is then modelled one insert per step; a torn one
  // must still be caught.
  plantedProperty('fixture.dict.update-torn-insert', 'dict', WRONG, 'full', ['collide']),
  plantedProperty('fixture.list.append-aborts', 'list', ['crashed']),
  // One per class of operation (fixtures.ts, plantedClassBugs).
  plantedProperty('fixture.set.add-lost-write', 'set', WRONG),
  // In 3.13, len(s) and an iteration of s see a real bulk update half done (gh-129519, open upstream): the bug's
  // model gives what they see of a torn update, so a case whose only witnesses were those is KNOWN (seeds
  // 1365594451 and 1365594453 on 3.13.15t, from a full set); a locked reader (copy, x in s) or the final state tells
  // the planted bug apart. Not from a full set, where most adds change nothing, and 24 draws: 8 seeds in 8 caught it
  // (from a full set with 12 draws, 1 seed in 10 missed it and 2 in 3 others were KNOWN).
  plantedProperty('fixture.set.update-torn', 'set', WRONG, 'any', ['int'], 4),
  plantedProperty('fixture.dict+dict.update-unlocked-other', 'dict+dict', WRONG),
  // Not both full: c |= o would change nothing. Only draws where another thread changes `o` during the merge, with
  // members of `o` not in `c` left to add, show it: with 12 draws it was missed by 1 seed in 6 on 3.13.15t.
  plantedProperty('fixture.set+set.ior-unlocked-other', 'set+set', WRONG, 'any', ['int'], 4),
  plantedProperty('fixture.defaultdict.append-lost', 'defaultdict', WRONG),
  plantedProperty('fixture.odict.move-torn', 'odict', WRONG),
  plantedProperty('fixture.counter.update-placeholder', 'counter', WRONG),
  // Attribute names are strings.
  plantedProperty('fixture.instdict.setattr-lost-write', 'instdict', WRONG, 'full', ['str']),
  plantedProperty('fixture.dict+iter.next-invented', 'dict+iter', WRONG),
  plantedProperty('fixture.set+iter.next-invented', 'set+iter', WRONG),
  plantedProperty('fixture.list.getitem-wrong-slot', 'list', WRONG),
  plantedProperty('fixture.dict.clear-one-by-one', 'dict', WRONG),
  plantedProperty('fixture.set.clear-one-by-one', 'set', WRONG),
  plantedProperty('fixture.list.clear-one-by-one', 'list', WRONG),
  // A set whose count disagrees with its table: FORBIDDEN (its consistency check), len() below 0 (SystemError),
  // set.pop looping over an empty table (a hang), or a crash (seen on 3.13.15t, SIGSEGV).
  plantedProperty('fixture.set.add-lost-count', 'set', ['failed', 'error', 'hung', 'crashed']),
  // The controlled mode's class (fixtures.ts, plantedCallbackBugs): the lock let go at a callback, no restart. Keys
  // whose __eq__ is a gate, the threads taking turns as the scheduler decides.
  controlledPlanted('fixture.dict.setdefault-callback-no-restart', WRONG),
  controlledPlanted('fixture.dict.pop-callback-no-restart', WRONG),
];

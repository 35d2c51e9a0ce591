import type { Property } from '../src/engine/property.ts';
import type { KeyKind } from '../generators/argument.ts';

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
export const MIXED: Readonly<Record<'list' | 'dict', readonly string[]>> = {
  list: ['list.append', 'list.setitem', 'list.getitem', 'list.len', 'list.insert', 'list.pop-index', 'list.sort', 'list.reverse',
    'list.contains', 'list.count', 'list.rmw-increment', 'list.iterate'],
  dict: ['dict.setitem', 'dict.get', 'dict.len', 'dict.pop-default', 'dict.update', 'dict.copy', 'dict.rmw-increment',
    'dict.check-then-delete', 'dict.iterate'],
};

/** How a planted bug may show up: a FORBIDDEN outcome, an exception the docs do not allow, a crash. */
export type PlantedSymptom = 'failed' | 'error' | 'crashed';

export interface PlantedBug {
  readonly property: Property;
  /** The statuses that count as caught (an exception the race also causes still shows the bug). */
  readonly symptoms: readonly PlantedSymptom[];
}

const plantedProperty = (id: string, container: 'list' | 'dict', symptoms: readonly PlantedSymptom[],
  initial: 'any' | 'empty' | 'full' = 'full', keyKinds: readonly KeyKind[] = ['int']): PlantedBug => ({
  symptoms,
  property: {
    suite: 'planted', kind: 'conformance',
    name: `planted bug ${id} is caught among operations of every guarantee class`,
    // Three threads call it on the same key, each beside one or two operations of the mix.
    shape: { containers: [container], ops: MIXED[container], everyThread: id, threads: { min: 3, max: 3 },
      opsPerThread: { min: 1, max: 2 }, lockModes: ['none'], keyKinds, initial },
  },
});

const WRONG = ['failed', 'error'] as const;

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
];

import type { Property } from '../src/engine/property.ts';

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
  list: ['list.append', 'list.pop', 'list.getitem', 'list.len', 'list.insert', 'list.extend', 'list.sort', 'list.contains',
    'list.count', 'list.rmw-increment', 'list.iterate'],
  dict: ['dict.setitem', 'dict.get', 'dict.len', 'dict.pop-default', 'dict.update', 'dict.copy', 'dict.rmw-increment',
    'dict.check-then-delete', 'dict.iterate'],
};

/** How a planted bug must show up: a FORBIDDEN outcome, an exception the docs do not allow, a crash. */
export type PlantedSymptom = 'failed' | 'error' | 'crashed';

export interface PlantedBug {
  readonly property: Property;
  readonly symptom: PlantedSymptom;
}

const plantedProperty = (id: string, container: 'list' | 'dict', symptom: PlantedSymptom): PlantedBug => ({
  symptom,
  property: {
    suite: 'selftest', kind: 'conformance',
    name: `planted bug ${id} is caught among operations of every guarantee class`,
    shape: { containers: [container], ops: MIXED[container], everyThread: id, threads: { min: 2, max: 3 },
      opsPerThread: { min: 0, max: 2 }, lockModes: ['none'] },
  },
});

export const plantedBugProperties: readonly PlantedBug[] = [
  plantedProperty('fixture.list.append-lost-write', 'list', 'failed'),
  plantedProperty('fixture.list.pop-twice', 'list', 'failed'),
  plantedProperty('fixture.list.append-invented', 'list', 'failed'),
  plantedProperty('fixture.list.insert-reordered', 'list', 'failed'),
  plantedProperty('fixture.dict.setdefault-own-value', 'dict', 'failed'),
  plantedProperty('fixture.dict.get-misses', 'dict', 'failed'),
  plantedProperty('fixture.list.copy-torn', 'list', 'failed'),
  plantedProperty('fixture.dict.pop-default-raises', 'dict', 'error'),
  plantedProperty('fixture.list.append-aborts', 'list', 'crashed'),
];

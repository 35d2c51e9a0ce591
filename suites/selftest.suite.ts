import type { Property } from '../src/engine/property.ts';

// ftconform's own teeth: a deliberately broken operation (src/catalogue/fixtures.ts) must be caught,
// shrunk, replayed and reported. Not part of a conformance run.
export const brokenSetdefaultProperty: Property = {
  suite: 'selftest', kind: 'conformance',
  name: 'a broken dict.setdefault (unlocked get-then-set) is graded FORBIDDEN',
  shape: { containers: ['dict'], ops: ['fixture.dict.setdefault-unlocked'], threads: { min: 2, max: 2 },
    opsPerThread: { min: 2, max: 3 }, lockModes: ['none'], keyKinds: ['int'], initial: 'empty' },
};

import type { Property } from '../src/engine/property.ts';
import type { ScenarioShape } from '../src/scenario/scenarioShape.ts';

// The controlled mode (issue 21): where CPython lets a thread switch inside an operation (a Python callback under
// the object's lock: a key's __eq__, a defaultdict's factory), the program's scheduler decides who runs next
// instead of luck. Each scenario walks every schedule with at most 2 preemptions at those gates, fewest first
// (deeper while its budget lasts, PCT schedules when there are too many). Outcomes are graded as any other: with
// keys whose __eq__ is Python code "the lock can be released during comparison"
// (Doc/library/threadsafety.rst#thread-safety-dict), which the models' withPythonEq steps say; nothing else may show.

/** A controlled property: no lock (the controlled program runs every operation unlocked), 2 preemptions walked. */
const controlledProperty = (name: string, shape: Omit<ScenarioShape, 'lockModes' | 'controlled'>): Property => ({
  suite: 'controlled', kind: 'conformance', name, shape: { ...shape, lockModes: ['none'], controlled: { bound: 2 } },
});

export const controlledSuite: readonly Property[] = [
  controlledProperty('dict operations stay whole when a key\'s __eq__ lets another thread run (controlled schedules)',
    { containers: ['dict'], keyKinds: ['yield-eq'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 } }),
  // Every thread inserts one key into a dict whose keys share its probe chain (each lookup compares, a gate)
  // beside clear(), get and setdefault: a thread may clear the dict inside another's insert.
  controlledProperty('a dict insert stays whole when clear() runs inside its key\'s __eq__ (controlled schedules)',
    { containers: ['dict'], keyKinds: ['yield-eq'], everyThread: 'dict.setitem', initial: 'full',
      ops: ['dict.setitem', 'dict.setdefault', 'dict.clear', 'dict.get', 'dict.len'],
      threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 } }),
  // Every thread appends to one key of an empty defaultdict: each of them may miss it and call the factory.
  controlledProperty('defaultdict(list): an append is never lost when the factory lets another thread run (controlled schedules)',
    { containers: ['defaultdict'], keyKinds: ['int', 'yield-eq'], everyThread: 'defaultdict.append', initial: 'empty',
      threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 } }),
  controlledProperty('set operations stay whole when a member\'s __eq__ lets another thread run (controlled schedules)',
    { containers: ['set'], keyKinds: ['yield-eq'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 } }),
  // Every thread adds the same member (a lookup comparing along one probe chain) beside removals, which leave
  // dummies on that chain: where set_add_entry can lose track of an equal key put back behind it.
  controlledProperty('set.add of one member from several threads beside removals keeps it once (controlled schedules)',
    { containers: ['set'], keyKinds: ['yield-eq'], everyThread: 'set.add', ops: ['set.add', 'set.remove', 'set.discard'],
      threads: { min: 2, max: 2 }, opsPerThread: { min: 2, max: 4 } }),
];

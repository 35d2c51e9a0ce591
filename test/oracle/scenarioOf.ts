import type { ContainerType } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import type { LockMode, OpCall, Scenario } from '../../src/scenario/scenario.ts';

/** One call of a catalogue operation: `call('dict.setdefault', 1, 10)`. */
export const call = (op: string, ...args: PyValue[]): OpCall => ({ op, args });

/** A hand-written scenario; starts empty and unlocked unless told otherwise. */
export const scenarioOf = (container: ContainerType, threads: readonly (readonly OpCall[])[],
  over: { lock?: LockMode; initial?: Scenario['initial'] } = {}): Scenario =>
  ({ container, threads, lock: over.lock ?? 'none', initial: over.initial ?? [] });

/** Canonical outcome JSON as the program prints it: each thread's results, then the final state. */
export const outcome = (threads: readonly (readonly PyValue[])[], final: PyValue): string =>
  JSON.stringify([...threads, final]);

/** Two threads each doing `d[1] = d.get(1, 0) + 1` once: the textbook lost update. */
export const twoIncrements = (lock: LockMode = 'none'): Scenario =>
  scenarioOf('dict', [[call('dict.rmw-increment', 1)], [call('dict.rmw-increment', 1)]], { lock });

export const LOST_UPDATE = outcome([[1], [1]], { d: [[1, 1]] });
export const INCREMENTS_SERIAL = [outcome([[1], [2]], { d: [[1, 2]] }), outcome([[2], [1]], { d: [[1, 2]] })];

/** Two threads racing setdefault on one key of an empty dict. */
export const setdefaultRace = (op = 'dict.setdefault', lock: LockMode = 'none'): Scenario =>
  scenarioOf('dict', [[call(op, 1, 10)], [call(op, 1, 20)]], { lock });

/** What the broken fixture typically shows: both threads "won" the insert. */
export const BOTH_WON = outcome([[10], [20]], { d: [[1, 20]] });

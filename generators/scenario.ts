import fc from 'fast-check';
import type { ContainerType } from '../src/catalogue/operation.ts';
import { operation, operationsOf } from '../src/catalogue/catalogue.ts';
import { baseOf } from '../src/catalogue/containerKind.ts';
import type { Control, LockMode, OpCall, Scenario } from '../src/scenario/scenario.ts';
import type { Domain, ValueKind } from './argument.ts';
import type { ScenarioShape } from '../src/scenario/scenarioShape.ts';
import { KEY_KINDS } from './argument.ts';
import { fullStateArb, initialStateArb } from './initialState.ts';
import { opCallArb } from './opCall.ts';

export type { ScenarioShape };

export const DEFAULT_SHAPE = {
  threads: { min: 2, max: 4 },
  opsPerThread: { min: 1, max: 6 },
  lockModes: ['none', 'all', 'compound'] as readonly LockMode[],
  keyKinds: KEY_KINDS,
  valueKinds: ['small', 'mortal'] as readonly ValueKind[],
};

/** Keys whose __eq__ is Python code: operations that compare several keys under a lock are not one step with them. */
const pythonEq = (dom: Domain) => dom.key === 'collide' || dom.key === 'yield-eq';

/**
 * The operations a scenario may draw; with Python-__eq__ keys, none that compares keys under a lock unless its
 * model says where that lock can be let go (withPythonEq).
 */
const opsFor = (container: ContainerType, ids?: readonly string[], dom?: Domain) =>
  operationsOf(container, ids).filter((op) =>
    !(dom && pythonEq(dom) && baseOf(container) !== 'list' && op.comparesUnderLock && !op.withPythonEq));

/** The threads' operations; with `everyThread`, one call of it placed in each thread. */
const threadsArb = (shape: ScenarioShape, container: ContainerType, keys: Domain): fc.Arbitrary<Scenario['threads']> => {
  const threads = shape.threads ?? DEFAULT_SHAPE.threads;
  const perThread = shape.opsPerThread ?? DEFAULT_SHAPE.opsPerThread;
  const drawn = fc.array(opCallArb(opsFor(container, shape.ops, keys), keys), { minLength: perThread.min, maxLength: perThread.max });
  const every = shape.everyThread;
  if (every === undefined) return fc.array(drawn, { minLength: threads.min, maxLength: threads.max });
  // Every thread's call has the first thread's keys and indexes (so that they collide), its own values.
  const kinds = operation(every).args;
  const shared = (first: OpCall, own: OpCall): OpCall =>
    ({ op: own.op, args: own.args.map((a, i) => (kinds[i] === 'key' || kinds[i] === 'index' ? first.args[i] : a)) });
  const placed = fc.tuple(opCallArb(opsFor(container, [every]), keys), drawn, fc.nat());
  return fc.array(placed, { minLength: threads.min, maxLength: threads.max })
    .map((ts) => ts.map(([call, others, at]) => {
      const i = at % (others.length + 1);
      return [...others.slice(0, i), shared(ts[0][0], call), ...others.slice(i)];
    }));
};

const initialArb = (shape: ScenarioShape, container: ContainerType, keys: Domain): fc.Arbitrary<Scenario['initial']> =>
  (shape.initial === 'empty' ? fc.constant([]) : shape.initial === 'full' ? fullStateArb(container, keys)
    : initialStateArb(container, keys));

/**
 * A controlled scenario's schedule: the bound on preemptions of its walk, and the short path of decisions the walk
 * takes first, drawn with the scenario (shrinking towards none: the walk in its plain order).
 */
const controlArb = (bound: number): fc.Arbitrary<Control> =>
  fc.record({ bound: fc.constant(bound), schedule: fc.array(fc.nat({ max: 2 }), { maxLength: 4 }) });

/** Scenarios: a container in an initial state, 2+ threads with a few operations each, a lock mode. */
export const scenarioArb = (shape: ScenarioShape): fc.Arbitrary<Scenario> => {
  const containers = shape.containers.filter((c) => opsFor(c, shape.ops).length > 0);
  if (containers.length === 0) throw new Error(`no catalogue operation matches ${JSON.stringify(shape.ops)}`);
  // Key kinds that leave every container of the shape something to draw (see opsFor).
  const keyKinds = (shape.keyKinds ?? DEFAULT_SHAPE.keyKinds).filter((key) =>
    containers.every((c) => opsFor(c, shape.ops, { key, value: 'small' }).length > 0 && (!shape.everyThread
      || opsFor(c, [shape.everyThread], { key, value: 'small' }).length > 0)));
  if (keyKinds.length === 0) throw new Error(`no key kind leaves an operation to draw for ${JSON.stringify(shape.ops)}`);
  // The controlled program runs every operation unlocked (a thread parked holding a threading.Lock would stop the
  // scheduler's next choice): a controlled shape draws no lock.
  if (shape.controlled && (shape.lockModes ?? DEFAULT_SHAPE.lockModes).some((m) => m !== 'none')) {
    throw new Error('a controlled shape draws lock mode none only');
  }
  const domain = fc.record({
    key: fc.constantFrom(...keyKinds),
    value: fc.constantFrom(...(shape.valueKinds ?? DEFAULT_SHAPE.valueKinds)),
    size: fc.constant(shape.size ?? 'small'),
  });
  return fc.tuple(fc.constantFrom(...containers), domain)
    .chain(([container, keys]) => fc.record({
      container: fc.constant(container),
      initial: initialArb(shape, container, keys),
      threads: threadsArb(shape, container, keys),
      lock: fc.constantFrom(...(shape.lockModes ?? DEFAULT_SHAPE.lockModes)),
      ...(shape.controlled ? { control: controlArb(shape.controlled.bound) } : {}),
    }));
};

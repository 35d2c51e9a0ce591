import fc from 'fast-check';
import type { ContainerType } from '../src/catalogue/operation.ts';
import { operationsOf } from '../src/catalogue/catalogue.ts';
import type { LockMode, OpCall, Scenario } from '../src/scenario/scenario.ts';
import type { KeyKind } from './argument.ts';
import { initialStateArb } from './initialState.ts';
import { opCallArb } from './opCall.ts';

/** What scenarios a property draws from. */
export interface ScenarioShape {
  readonly containers: readonly ContainerType[];
  /** Catalogue ids to draw from; default: every operation of the container. */
  readonly ops?: readonly string[];
  /** An operation every thread calls once, at a drawn position among its other operations (the one under test). */
  readonly everyThread?: string;
  readonly threads?: { readonly min: number; readonly max: number };
  readonly opsPerThread?: { readonly min: number; readonly max: number };
  readonly lockModes?: readonly LockMode[];
  readonly keyKinds?: readonly KeyKind[];
  /** 'empty': every scenario starts from an empty container (so that inserting races happen). */
  readonly initial?: 'any' | 'empty';
}

export const DEFAULT_SHAPE = {
  threads: { min: 2, max: 4 },
  opsPerThread: { min: 1, max: 6 },
  lockModes: ['none', 'all', 'compound'] as readonly LockMode[],
  keyKinds: ['int', 'str'] as readonly KeyKind[],
};

const opsFor = (container: ContainerType, ids?: readonly string[]) => operationsOf(container, ids);

/** One thread's operations; with `everyThread`, that operation once among them. */
const threadArb = (shape: ScenarioShape, container: ContainerType, keys: KeyKind,
  perThread: { readonly min: number; readonly max: number }): fc.Arbitrary<readonly OpCall[]> => {
  const drawn = fc.array(opCallArb(opsFor(container, shape.ops), keys), { minLength: perThread.min, maxLength: perThread.max });
  if (shape.everyThread === undefined) return drawn;
  return fc.tuple(opCallArb(opsFor(container, [shape.everyThread]), keys), drawn, fc.nat())
    .map(([call, others, at]) => {
      const i = at % (others.length + 1);
      return [...others.slice(0, i), call, ...others.slice(i)];
    });
};

/** Scenarios: a container in an initial state, 2+ threads with a few operations each, a lock mode. */
export const scenarioArb = (shape: ScenarioShape): fc.Arbitrary<Scenario> => {
  const threads = shape.threads ?? DEFAULT_SHAPE.threads;
  const perThread = shape.opsPerThread ?? DEFAULT_SHAPE.opsPerThread;
  const containers = shape.containers.filter((c) => opsFor(c, shape.ops).length > 0);
  if (containers.length === 0) throw new Error(`no catalogue operation matches ${JSON.stringify(shape.ops)}`);
  return fc.tuple(fc.constantFrom(...containers), fc.constantFrom(...(shape.keyKinds ?? DEFAULT_SHAPE.keyKinds)))
    .chain(([container, keys]) => fc.record({
      container: fc.constant(container),
      initial: shape.initial === 'empty' ? fc.constant([]) : initialStateArb(container, keys),
      threads: fc.array(threadArb(shape, container, keys, perThread), { minLength: threads.min, maxLength: threads.max }),
      lock: fc.constantFrom(...(shape.lockModes ?? DEFAULT_SHAPE.lockModes)),
    }));
};

import type { ContainerState } from '../catalogue/operation.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { planOf } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';
import { reachesState } from './reachesState.ts';

/** The iterator part of a shared dict or set iterator's model state ([container, info]). */
export const droppedTwice = (state: ContainerState): boolean =>
  Array.isArray(state) && typeof state[1] === 'object' && state[1] !== null && 'droppedTwice' in state[1];

/**
 * Whether two threads can both reach a shared dict or set iterator's end in this scenario, as the models
 * say: one next() runs the exhaustion path (dictiter_iternext_threadsafe's `fail:` label, dictreviter's, or
 * setiter_iternext's `si->si_set = NULL; Py_DECREF(so)`) after another did, having passed the NULL check
 * before it (the models' `droppedTwice`). Only there can the container's reference be dropped twice
 * (gh-154130, gh-144356). Pure.
 */
export const dropsIteratorTwice = (scenario: Scenario, version?: string): Reach =>
  (scenario.container.endsWith('iter') && scenario.container !== 'list+iter'
    ? reachesState(planOf(scenario, version), droppedTwice) : 'no');

import type { ContainerType } from '../catalogue/operation.ts';
import type { LockMode } from './scenario.ts';

// What a property draws its scenarios from, as plain data: the suites write it, the generators
// (generators/scenario.ts) turn it into a fast-check arbitrary, the engine only passes it on.

/**
 * What the keys (dict keys, set members) of a scenario are. Each kind reaches other code in CPython:
 * - 'int', 'str': small ints and one-letter strings (immortal, interned; str keys take the unicode-only
 *   dict tables);
 * - 'mortal': ints beyond the small-int cache, built at run time (reference counted, freed when dropped);
 * - 'fresh-str': strings built at run time (not interned: lookups compare, not just identity);
 * - 'tuple': tuples built at run time;
 * - 'mixed': ints and strings in one container (a dict leaves its str-only table);
 * - 'collide': instances of a class whose every instance hashes alike, compared field by field by a
 *   Python __eq__ (every lookup walks a collision chain and runs Python code);
 * - 'yield-eq': the same with an __eq__ that sleeps(0), so that a lookup can lose the object's lock.
 */
export type KeyKind = 'int' | 'str' | 'mortal' | 'fresh-str' | 'tuple' | 'mixed' | 'collide' | 'yield-eq';

/** What list items and dict values are: small ints (immortal), or 'mortal' ints built at run time. */
export type ValueKind = 'small' | 'mortal';

/** What scenarios a property draws from. */
export interface ScenarioShape {
  readonly containers: readonly ContainerType[];
  /** Catalogue ids to draw from; default: every operation of the container. */
  readonly ops?: readonly string[];
  /**
   * An operation every thread calls once, with the same keys and indexes, at a drawn position among its
   * other operations: the one under test, racing itself on the same key.
   */
  readonly everyThread?: string;
  readonly threads?: { readonly min: number; readonly max: number };
  readonly opsPerThread?: { readonly min: number; readonly max: number };
  readonly lockModes?: readonly LockMode[];
  readonly keyKinds?: readonly KeyKind[];
  readonly valueKinds?: readonly ValueKind[];
  /** 'large': dozens of keys and items, so that tables grow and shrink past their resize points. */
  readonly size?: 'small' | 'large';
  /**
   * 'empty': every scenario starts from an empty container (so that inserting races happen); 'full': from
   * one holding every key of the domain (so that removing races happen).
   */
  readonly initial?: 'any' | 'empty' | 'full';
  /**
   * The controlled mode (issue 21, Scenario.control): the threads take turns at gates, and each scenario is run
   * under every schedule with at most `bound` preemptions after a short drawn prefix, then PCT schedules.
   */
  readonly controlled?: { readonly bound: number };
}

import type { PyValue } from './pyValue.ts';

/** The base container kinds. */
export type BaseType = 'list' | 'dict' | 'set';
/**
 * What a scenario shares: one container `c`; or two of a kind, `c` and `o` (cross-object operations);
 * or a list `c` with one iterator `o = iter(c)` shared by the threads.
 */
export type ContainerType = BaseType | 'list+list' | 'dict+dict' | 'set+set' | 'list+iter';

/** The container's state in the sequential model: list items, dict items in insertion order, set members. */
export type ListState = readonly PyValue[];
export type DictState = readonly (readonly [PyValue, PyValue])[];
export type SetState = readonly PyValue[];
export type ContainerState = ListState | DictState | SetState;
/** Two containers: [c, o]. */
export type PairState = readonly [ContainerState, ContainerState];
/** A list and a shared iterator over it: [items, position]. */
export type IterState = readonly [ListState, number];

/**
 * What CPython documents for an operation (see shared/reference/threadsafety.md):
 * - atomic: takes effect at one point; every outcome must come from some serial order.
 * - lock-free-read: reads without the object lock; may observe intermediate states of writers.
 * - safe: "safe to call from multiple threads and will not corrupt", not atomic.
 * - never-atomic: read-modify-write, check-then-act, iteration while others modify.
 */
export type GuaranteeClass = 'atomic' | 'lock-free-read' | 'safe' | 'never-atomic';

export interface DocRef {
  /** The sentence (or close paraphrase) of the documentation the expectation rests on. */
  readonly sentence: string;
  /** Where it is written: doc page and section, or an upstream issue. */
  readonly source: string;
  /** First Python minor version the expectation applies to, e.g. '3.13'. */
  readonly since: string;
}

/**
 * How an argument is drawn and rendered: 'key' a dict key or set member (small int or short ASCII string),
 * 'value' a small int (list item, dict value), 'index' a small int that may be negative or out of range,
 * 'values' a tuple of small ints, 'count' a small repeat count (0..2), 'keys' a tuple of keys,
 * 'items' a dict {key: value}.
 */
export type ArgKind = 'key' | 'value' | 'index' | 'values' | 'count' | 'keys' | 'items';

/** One way a model step can go. `result` is set on the op's last step. */
export interface StepOut<S extends ContainerState = ContainerState> {
  readonly state: S;
  readonly tmp?: PyValue;
  readonly result?: PyValue;
}

/**
 * One atomic step of an operation's model: from the state, the op's arguments and what the previous
 * step left in `tmp`, every possible next state (several when CPython's choice is not specified, e.g. set.pop).
 */
export type Step<S extends ContainerState = ContainerState> =
  (state: S, args: readonly PyValue[], tmp: PyValue | undefined) => readonly StepOut<S>[];

export interface Operation<S extends ContainerState = ContainerState> {
  /** Unique id, e.g. 'dict.setdefault'. */
  readonly id: string;
  readonly container: ContainerType;
  /** How people write it, e.g. 'd.setdefault(k, v)'. */
  readonly label: string;
  readonly args: readonly ArgKind[];
  /**
   * Python lines operating on the container `c`, given the arguments as Python literals; they must leave
   * the (hashable) result in `r`. Exceptions are caught around them by the template.
   * Helpers available in the program: FD(d) freezes a dict, FS(s) a set, tuple(x) a list.
   */
  readonly python: (args: readonly string[]) => readonly string[];
  readonly guarantee: GuaranteeClass;
  readonly doc: DocRef;
  /** Exception type names this op may legally raise (e.g. KeyError on a missing key). */
  readonly exceptions: readonly string[];
  /**
   * The sequential model. One step for operations that take effect at one point; several for operations
   * the docs call never atomic (each step is one atomic sub-operation another thread can interleave with).
   */
  readonly steps: readonly Step<S>[];
  /** Changes the container. */
  readonly writes: boolean;
  /**
   * A multi-step operation that holds the container's own lock across its steps: other threads' writing
   * steps wait, their lock-free reads see the state between the steps (e.g. the empty list during sort).
   */
  readonly holdsLock?: boolean;
  /** A writer whose intermediate states lock-free readers may observe (insert, pop(i), sort, *=, ...). */
  readonly intermediate?: boolean;
  /**
   * For reads that may observe intermediate states: which concurrent writers make their result only
   * plausibility-checked: 'intermediate' writers only, or any writer (iteration).
   */
  readonly weakWhen?: 'intermediate' | 'anyWrite';
  /**
   * Set only on deliberately broken operations used by ftconform's own tests (see fixtures.ts): says
   * what is broken. Suites draw them only when a shape names them.
   */
  readonly fixture?: string;
  /** Plausibility check of a weak result against everything the container held at any point. */
  readonly plausible?: (result: PyValue, universe: Universe, args: readonly PyValue[]) => boolean;
}

/** Everything the container could hold at any instant of any interleaving. */
export interface Universe {
  readonly elements: ReadonlySet<string>;   // JSON of every element / key ever present
  readonly values: ReadonlySet<string>;     // JSON of every dict value ever present
  readonly maxLen: number;
}

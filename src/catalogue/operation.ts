import type { PyValue } from './pyValue.ts';

/** The base container kinds. */
export type BaseType = 'list' | 'dict' | 'set';
/**
 * Dicts of other kinds (state: a dict): the C subclasses of collections — defaultdict(list), OrderedDict,
 * Counter — and an instance's attribute dict ('instdict': `c` is the instance).
 */
export type DictFlavour = 'defaultdict' | 'odict' | 'counter' | 'instdict';
/**
 * What a scenario shares: one container `c`; or two of a kind, `c` and `o` (cross-object operations);
 * or a container `c` with one iterator `o` over it shared by the threads: iter(c) (a dict's also over its
 * values or items, see DictIterInfo), reversed(d) for 'dict+reviter'; 'frozenset+iter': `c` a frozenset.
 */
export type ContainerType = BaseType | 'list+list' | 'dict+dict' | 'set+set' | 'list+iter' | 'dict+iter'
  | 'dict+reviter' | 'set+iter' | 'frozenset+iter' | DictFlavour;

/** A list's state in the sequential model: its items. */
export type ListState = readonly PyValue[];
/** A dict's state in the sequential model: its items in insertion order. */
export type DictState = readonly (readonly [PyValue, PyValue])[];
/** A set's state in the sequential model: its members. */
export type SetState = readonly PyValue[];
/** The container's state in the sequential model: list items, dict items in insertion order, set members. */
export type ContainerState = ListState | DictState | SetState;
/** Two containers: [c, o]. */
export type PairState = readonly [ContainerState, ContainerState];
/** A list and a shared iterator over it: [items, position]. */
export type IterState = readonly [ListState, number];

/** Which iterator of a dict is shared: iter(d), iter(d.values()), iter(d.items()) or reversed(d). */
export type DictIterHow = 'keys' | 'values' | 'items' | 'reversed';

/**
 * A shared dict iterator as the model keeps it (Objects/dictobject.c, dictiterobject). The model does not
 * keep the dict's entry table; it knows where the iterator is only while nobody has changed the dict's
 * keys since the iterator was made (`exact`): then the entries are the items in insertion order.
 */
export interface DictIterInfo {
  readonly how: DictIterHow;
  /** di_used: the dict's size when the iterator was made; -1 once a size change was reported (sticky). */
  readonly used: number;
  /** di->len when it was made: the count a forward iterator decrements per entry and checks for 0. */
  readonly n: number;
  /**
   * How many next() calls have stored their position so far. di->len is loaded and stored apart from
   * di_pos and from other threads' stores (decrements can be lost, never doubled), so it is at least
   * n - yields: "keys changed" (di->len 0) is possible only once yields >= n.
   */
  readonly yields: number;
  /** Its position in the items in insertion order (reversed: counting down); meaningful while `exact`. */
  readonly pos: number;
  /** di_dict is NULL: exhausted for good. */
  readonly done: boolean;
  /**
   * A next() ran the `fail:` label (di_dict = NULL; Py_DECREF(d)) after another one had: both passed the
   * di_dict check first, and the dict's one reference was dropped twice (gh-154130). Never observable in an
   * outcome; it tells the known-issue matcher that the scenario can reach that bug.
   */
  readonly droppedTwice?: true;
  readonly exact: boolean;
}
export type DictIterState = readonly [DictState, DictIterInfo];

/**
 * A shared set (or frozenset) iterator as the model keeps it (Objects/setobject.c, setiterobject). The
 * hash table's order is not in the model: `order` is the part of it the iterator has been seen to take,
 * chosen as it goes (any member not yet in it comes next); known while nobody changed the members
 * (`exact`).
 */
export interface SetIterInfo {
  /** si_used: the size when the iterator was made; -1 once a size change was reported (sticky). */
  readonly used: number;
  /** Its position in `order`; meaningful while `exact`. */
  readonly pos: number;
  readonly order: readonly PyValue[];
  /** si_set is NULL: exhausted for good. */
  readonly done: boolean;
  /** A next() set si_set = NULL and dropped the set's reference after another one had (gh-144356; see DictIterInfo). */
  readonly droppedTwice?: true;
  readonly exact: boolean;
}
export type SetIterState = readonly [SetState, SetIterInfo];

/**
 * What CPython documents for an operation (see shared/reference/threadsafety.md). Every writer takes the
 * per-object lock, whatever its class, so writers never interleave with each other; the class says what
 * else another thread may see:
 * - atomic: takes effect at one point; every outcome must come from some serial order.
 * - lock-free-read: reads without the object lock; may observe the intermediate states of writers.
 * - safe: "safe to call from multiple threads and will not corrupt", not atomic: lock-free readers may
 *   observe its intermediate states (its model's steps say which).
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

/**
 * How a step reaches the container: 'locked' runs under the per-object lock (Py_BEGIN_CRITICAL_SECTION),
 * so it waits while another thread holds that lock; 'lock-free' does not wait and sees whatever state is
 * current, including the intermediate states of a writer that holds the lock.
 */
export type Access = 'lock-free' | 'locked';

/** One way a model step can go. `result` is set on the op's last step. */
export interface StepOut<S extends ContainerState = ContainerState> {
  readonly state: S;
  readonly tmp?: PyValue;
  readonly result?: PyValue;
  /** Run this same step again next (a loop: a scan reading one item per step, a shift moving one item). */
  readonly again?: boolean;
  /**
   * The operation ends here with `result`, skipping its remaining steps: a C function that returns early
   * before the part the later steps model (e.g. list_repr returns "[]" from a lock-free size check
   * without ever taking the lock its second step models).
   */
  readonly finish?: boolean;
}

/**
 * One atomic step of an operation's model: from the state, the op's arguments and what the previous
 * step left in `tmp`, every possible next state (several when CPython's choice is not specified, e.g.
 * set.pop). No way at all means the step cannot run in this state yet (it waits, e.g. a lock-free read
 * that meets a slot a writer has not filled and falls back to taking the lock).
 */
export type Step<S extends ContainerState = ContainerState> =
  (state: S, args: readonly PyValue[], tmp: PyValue | undefined) => readonly StepOut<S>[];

/**
 * A read whose result is checked against every state the container passed through while it ran (its
 * window) rather than enumerated exactly, for reads whose exact course depends on details the model does
 * not keep (a dict's entry table, a set's hash order). It must accept what `steps` give on one state.
 */
export type WindowCheck<S extends ContainerState = ContainerState> =
  (result: PyValue, window: readonly S[], args: readonly PyValue[]) => boolean;

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
   * The sequential model, as the atomic steps CPython takes: one step for an operation that takes effect
   * at one point; several where another thread can really run in between (each a critical section, a
   * lock-free read, or a store a lock-free reader can see). Run back to back they give the serial result.
   */
  readonly steps: readonly Step<S>[];
  /** Changes the container. */
  readonly writes: boolean;
  /** How each step reaches the container; one value applies to every step. Writers take the lock. */
  readonly access: Access | readonly Access[];
  /**
   * The objects whose lock a locked step takes: parts of a two-object state (0: `c`, 1: `o`).
   * Default [0]: the container itself.
   */
  readonly lockParts?: readonly number[];
  /**
   * A multi-step operation that holds its lock(s) from its first step to its last: other threads' locked
   * steps wait, their lock-free steps see the states in between (e.g. the empty list during sort).
   */
  readonly holdsLock?: boolean;
  /**
   * Where a multi-step model comes from: the CPython function (and what it does) that makes each step
   * visible to other threads. Required whenever the model has more than one step or loops.
   */
  readonly model?: string;
  /**
   * Compares keys (or runs their __repr__) while it holds the lock(s). With keys whose __eq__ is Python
   * code "the lock can be released during comparison" (Doc/library/threadsafety.rst#thread-safety-dict):
   * Python code that blocks or parks for a stop-the-world pause detaches its thread, which suspends the
   * critical sections it holds (Python/critical_section.c _PyCriticalSection_SuspendAll). The operation is
   * then not one step: the generators draw it with such keys only when `withPythonEq` models that.
   */
  readonly comparesUnderLock?: boolean;
  /**
   * Its model when the scenario's keys have a Python __eq__ (PyKeyObject), for an operation that compares
   * keys under the lock (comparesUnderLock): where the lock can be let go and what other threads may then
   * do in between. Applied by the plan to every call in such a scenario.
   */
  readonly withPythonEq?: { readonly model: string; readonly op: Partial<Pick<Operation<S>, 'steps' | 'access' | 'holdsLock' | 'lockParts' | 'window'>> };
  /** Checked against the states of its window instead of enumerated exactly (see WindowCheck). */
  readonly window?: WindowCheck<S>;
  /**
   * May rebuild the container's table without changing its members (Objects/setobject.c: set_merge_lock_held
   * resizes before it merges, set_difference_update_internal resizes dummies away after it discards,
   * set_swap_bodies swaps in a new table): an iteration running meanwhile may then yield members again or
   * miss them, without RuntimeError since the size is the same. Its windows count it as a change.
   */
  readonly rebuildsTable?: boolean;
  /**
   * A list write whose steps pass through an empty list without freeing its array: list_sort_impl sets the size
   * to 0 and ob_item to NULL, keeps the array aside and puts it back, its slots beyond the size as they were.
   * Every other write that empties a list goes through list_clear, which frees the array (see slotHistory).
   */
  readonly keepsArrayWhenEmpty?: boolean;
  /**
   * The model for older interpreters whose C code takes other steps: the first variant whose `below`
   * is above the interpreter's version applies (see operationFor).
   */
  readonly variants?: readonly OperationVariant[];
  /**
   * The steps a known upstream bug makes the interpreter take instead (keyed by the issue's id in
   * known-issues/known-issues.json, whose entry gives the versions): never graded against, only used to
   * tell whether a finding is exactly what that bug does (an entry with `byModel`, see matchKnownIssue).
   */
  readonly bugs?: readonly OperationBug[];
  /**
   * Set only on deliberately broken operations used by ftconform's own tests (see fixtures.ts): says
   * what is broken. Suites draw them only when a shape names them.
   */
  readonly fixture?: string;
  /**
   * On a planted bug (fixtures.ts), the catalogue id of the real operation it stands in for, when it takes
   * the same arguments: the known-issue registry sees it as that operation, so that an entry excuses a planted
   * bug only where it would excuse the same symptom of the real one.
   */
  readonly standsFor?: string;
}

/** What a known upstream bug changes in an operation's model. */
export type BugParts = Partial<Pick<Operation, 'steps' | 'access' | 'holdsLock' | 'lockParts' | 'window'>>;

/** The model of a known upstream bug in an operation (see Operation.bugs). */
export interface OperationBug {
  /** The known issue's id, e.g. 'gh-130744'. */
  readonly issue: string;
  /** The C function (and version) whose buggy steps it follows. */
  readonly model: string;
  /**
   * The parts it changes; or those as a function of the scenario (BugContext), for a bug that hands back an
   * item the model's state no longer keeps (a stale pointer left in the array beyond a list's size).
   */
  readonly op: BugParts | ((scenario: BugContext) => BugParts);
}

/** What a bug's model may know of the scenario it runs in. */
export interface BugContext {
  /**
   * For a list scenario, the pointers the list's array may still hold at an index where the documented model's
   * state keeps no item (beyond the size, a grown slot not stored yet), for a state the model reaches: the last
   * pointer stored there since the array was last freed (src/oracle/slotHistory.ts); undefined when the search
   * passed its bound. Asked for only by a bug that needs it (computed when first read).
   */
  readonly slots: ((list: ListState, slot: number) => readonly PyValue[]) | undefined;
  /** The catalogue ids of the operations it runs. */
  readonly ops: readonly string[];
}

/** The access of an operation's step `j`. */
export const accessOf = (op: Operation, j: number): Access =>
  typeof op.access === 'string' ? op.access : op.access[Math.min(j, op.access.length - 1)];

/** Another model of the same operation, for interpreters below a version. */
export interface OperationVariant {
  /** Applies to versions below this one, e.g. '3.14.0'. */
  readonly below: string;
  /** The C function (and version) whose steps it follows. */
  readonly model: string;
  readonly op: Partial<Pick<Operation, 'steps' | 'access' | 'holdsLock' | 'lockParts' | 'window'>>;
}

import type { Access, DictState, OperationBug, Step, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc, pyEquals } from './pyValue.ts';

// gh-125996 (3.13): OrderedDict's linked list (Objects/odictobject.c 3.13.15) changes outside the dict's
// critical section, so the dict part and the list can disagree while an operation is half done. The model's
// state is still a DictState: the linked list's nodes in list order, an entry of the dict that has no node yet
// marked 'unlinked' (kept after the nodes), and a node whose key the dict no longer holds marked 'node-only'.
// Each operation below cites the C function whose steps it follows.

type Link = 'unlinked' | 'node-only';
type Entry = readonly [PyValue, PyValue] | readonly [PyValue, PyValue, Link];

const entries = (d: DictState): readonly Entry[] => d as readonly Entry[];
const linkOf = (e: Entry): Link | undefined => e[2];
const state = (es: readonly Entry[]): DictState => es as unknown as DictState;

/** The linked list's keys, in order: every entry but the unlinked ones. */
const nodes = (d: DictState): readonly Entry[] => entries(d).filter((e) => linkOf(e) !== 'unlinked');
/** The dict part: every entry but the nodes whose key the dict lost. */
const inDict = (d: DictState): readonly Entry[] => entries(d).filter((e) => linkOf(e) !== 'node-only');
const dictEntry = (d: DictState, k: PyValue): Entry | undefined => inDict(d).find((e) => pyEquals(e[0], k));
const nodeOf = (d: DictState, k: PyValue): Entry | undefined => nodes(d).find((e) => pyEquals(e[0], k));
/** The state with `es` as its nodes (in order) and its unlinked entries after them. */
const withNodes = (d: DictState, es: readonly Entry[]): DictState =>
  state([...es, ...entries(d).filter((e) => linkOf(e) === 'unlinked')]);

const bug = (model: string, access: readonly Access[],
  steps: readonly Step<DictState>[]): OperationBug => ({ issue: 'gh-125996', model, op: { access, steps } as unknown as OperationBug['op'] });

/**
 * `od[k] = v`: _PyODict_SetItem_KnownHash stores in the dict (_PyDict_SetItem_KnownHash, in the dict's critical
 * section), then _odict_add_new_node, without a lock: a node for `k` already there (od_fast_nodes) means nothing to
 * do, else a new node goes at the tail. When the key left the dict in between (another thread's clear()),
 * _odict_get_index_raw returns the index of a new entry (DKIX_EMPTY) and the node is added all the same: a node
 * whose key the dict does not hold.
 */
const setitem = bug('Objects/odictobject.c 3.13.15 _PyODict_SetItem_KnownHash: _PyDict_SetItem_KnownHash (locked), '
  + 'then _odict_add_new_node without a lock', ['locked', 'lock-free'], [
  (d, [k, v]) => {
    const cur = dictEntry(d, k);
    if (cur === undefined) return [{ state: state([...entries(d), [k, v, 'unlinked']]) }];
    return [{ state: state(entries(d).map((e) => (e === cur ? (linkOf(e) ? [k, v, linkOf(e) as Link] : [k, v]) : e))) }];
  },
  (d, [k]) => {
    const cur = dictEntry(d, k), node = nodeOf(d, k);
    if (node !== undefined) {
      // A node is there: nothing to add. A node left by a clear() picks up the key the dict holds again.
      if (linkOf(node) !== 'node-only' || cur === undefined) return [{ state: d, result: null }];
      return [{ state: state([...nodes(d).map((e) => (e === node ? [k, cur[1]] as const : e)),
        ...entries(d).filter((e) => linkOf(e) === 'unlinked' && e !== cur)]), result: null }];
    }
    if (cur === undefined) return [{ state: withNodes(d, [...nodes(d), [k, null, 'node-only']]), result: null }];
    return [{ state: state([...nodes(d), [k, cur[1]], ...entries(d).filter((e) => linkOf(e) === 'unlinked' && e !== cur)]), result: null }];
  },
]);

/**
 * The nodes _odict_find_node(_hash) may return for `k` (undefined: NULL). Its own node when it has one. Else, for a
 * key the dict does not hold while nodes whose keys the dict lost are still linked (a clear() half done):
 * _odict_get_index_raw gives every missing key the index of a new entry (DKIX_EMPTY -> dk_nentries), and
 * _odict_resize, run once the keys object changed, puts each such node at that one index, the last in list order
 * winning; so the lookup may return that node instead of NULL (seen on 3.13.15t: move_to_end of a key never
 * inserted returned None beside a clear()).
 */
const foundNodes = (d: DictState, k: PyValue): readonly (Entry | undefined)[] => {
  const own = nodeOf(d, k);
  if (own !== undefined) return [own];
  const lost = nodes(d).filter((e) => linkOf(e) === 'node-only');
  return dictEntry(d, k) === undefined && lost.length > 0 ? [undefined, lost[lost.length - 1]] : [undefined];
};

/**
 * _odict_popkey_hash, in the OrderedDict's critical section: _odict_find_node_hash (NULL when the list is empty or
 * the key has no node), then _odict_clear_node and _PyDict_Pop_KnownHash; `failobj` when the node's key is not in
 * the dict. With no fallback (popitem) that is Py_NewRef(NULL): a crash, no outcome.
 */
const popKey = (d: DictState, k: PyValue, fallback: PyValue | undefined): StepOut<DictState>[] =>
  foundNodes(d, k).flatMap((node): StepOut<DictState>[] => {
    if (node === undefined) return [{ state: d, result: fallback === undefined ? exc('KeyError') : fallback }];
    const rest = state(entries(d).filter((e) => e !== node));
    if (linkOf(node) === 'node-only') return fallback === undefined ? [] : [{ state: rest, result: fallback }];
    return [{ state: rest, result: fallback === undefined ? [node[0], node[1]] : node[1] }];
  });

/**
 * `od.popitem(last)`: OrderedDict_popitem_impl reads the end node's key without a lock (KeyError "dictionary is
 * empty" when the list is), then _odict_popkey_hash pops that key (KeyError(key) when another thread took it first).
 */
const popEnd = (last: boolean): OperationBug => bug('Objects/odictobject.c 3.13.15 OrderedDict_popitem_impl: the end '
  + 'node\'s key read without a lock, then _odict_popkey_hash (locked), KeyError(key) when that key has no node', ['lock-free', 'locked'], [
    (d: DictState) => {
      const ns = nodes(d);
      if (ns.length === 0) return [{ state: d, result: exc('KeyError'), finish: true }];
      return [{ state: d, tmp: (last ? ns[ns.length - 1] : ns[0])[0] }];
    },
    (d: DictState, _args: readonly PyValue[], k: PyValue | undefined) => popKey(d, k ?? null, undefined),
  ]);

/** `od.pop(k, default)`: OrderedDict_pop_impl -> _odict_popkey_hash (locked): the default when `k` has no node. */
const popDefault = bug('Objects/odictobject.c 3.13.15 _odict_popkey_hash: _odict_find_node_hash, then '
  + '_PyDict_Pop_KnownHash; the default when the key has no node', ['locked'], [
  (d, [k, v]) => popKey(d, k, v),
]);

/**
 * `od.move_to_end(k, last)`: OrderedDict_move_to_end_impl takes no lock at all: KeyError when the list is empty or
 * _odict_find_node finds no node (see foundNodes), else the node it found is relinked at the end.
 */
const moveTo = (last: boolean): OperationBug => bug('Objects/odictobject.c 3.13.15 OrderedDict_move_to_end_impl: '
  + '_odict_find_node and the relinking, without a lock', ['lock-free'], [
  (d, [k]) => foundNodes(d, k).map((node) => {
    if (node === undefined) return { state: d, result: exc('KeyError') };
    const rest = nodes(d).filter((e) => e !== node);
    return { state: withNodes(d, last ? [...rest, node] : [node, ...rest]), result: null };
  }),
]);

/**
 * `od.clear()`: odict_clear runs PyDict_Clear (the dict's critical section), then _odict_clear_nodes without a lock:
 * in between every node's key is gone from the dict.
 */
const clear = bug('Objects/odictobject.c 3.13.15 odict_clear: PyDict_Clear (locked), then _odict_clear_nodes '
  + 'without a lock', ['locked', 'lock-free'], [
  (d) => [{ state: state(nodes(d).map((e) => [e[0], null, 'node-only'] as const)) }],
  () => [{ state: state([]), result: null }],
]);

/** `od.get(k)`, `len(od)`: the dict part only (dict_get, dict_length), as on any dict. */
const get = bug('Objects/dictobject.c dict_get: the dict part, whatever the linked list holds', ['lock-free'], [
  (d, [k]) => [{ state: d, result: dictEntry(d, k)?.[1] ?? null }],
]);
const len = bug('Objects/dictobject.c dict_length: ma_used, whatever the linked list holds', ['lock-free'], [
  (d) => [{ state: d, result: inDict(d).length }],
]);

/** Each OrderedDict operation as 3.13 runs it (gh-125996), by the catalogue id's suffix after `odict.`. */
export const odictWithoutLock: Readonly<Record<string, OperationBug>> = {
  setitem, popitem: popEnd(true), popitem_first: popEnd(false), 'pop-default': popDefault,
  move_to_end: moveTo(true), move_to_front: moveTo(false), clear, get, len,
};

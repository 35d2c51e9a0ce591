import type { DictIterHow, DictIterState, DictState, SetIterState, SetState } from './operation.ts';
import type { PyValue } from './pyValue.ts';

/**
 * How a scenario holds a dict with a shared iterator: the dict's items, which iterator, and the keys the
 * program adds and deletes before it makes the iterator ("holes": deleted entries stay in CPython's
 * entry table, so the iterator's position counts them; the model, which does not keep the table, sees
 * no difference while the dict is unchanged — see DictIterInfo).
 */
export type DictIterInitial = readonly [DictState, DictIterHow, readonly PyValue[]];

/** A fresh dict iterator (dictiter_new): di_used = di->len = the size; reversed starts at the last entry. */
export const dictIterInitial = ([items, how]: DictIterInitial): DictIterState => [items, {
  how, used: items.length, n: items.length, yields: 0, pos: how === 'reversed' ? items.length - 1 : 0, done: false, exact: true,
}];

/** A fresh set iterator (set_iter): si_used = the size, si_pos = 0, no order seen yet. */
export const setIterInitial = (members: SetState): SetIterState =>
  [members, { used: members.length, pos: 0, order: [], done: false, exact: true }];

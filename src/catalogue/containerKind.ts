import type { BaseType, ContainerType, DictFlavour } from './operation.ts';

export const DICT_FLAVOURS: readonly DictFlavour[] = ['defaultdict', 'odict', 'counter', 'instdict'];

/** A dict subclass of collections, or undefined. */
export const flavourOf = (t: ContainerType): DictFlavour | undefined =>
  (DICT_FLAVOURS as readonly string[]).includes(t) ? t as DictFlavour : undefined;

/**
 * The base kind of `c` (and of `o` for a pair); dict's subclasses are dicts, a frozenset's is set's (same
 * encoding, same readers).
 */
export const baseOf = (t: ContainerType): BaseType =>
  (flavourOf(t) ? 'dict' : t === 'frozenset+iter' ? 'set' : t.split('+')[0] as BaseType);

/** 'pair': c and o of the same kind; 'iter': a container and a shared iterator; 'single': just c. */
export const shapeOf = (t: ContainerType): 'single' | 'pair' | 'iter' =>
  /\+(rev)?iter$/.test(t) ? 'iter' : t.includes('+') ? 'pair' : 'single';

import type { BaseType, ContainerType, DictFlavour } from './operation.ts';

export const DICT_FLAVOURS: readonly DictFlavour[] = ['defaultdict', 'odict', 'counter', 'instdict'];

/** A dict subclass of collections, or undefined. */
export const flavourOf = (t: ContainerType): DictFlavour | undefined =>
  (DICT_FLAVOURS as readonly string[]).includes(t) ? t as DictFlavour : undefined;

/** The base kind of `c` (and of `o` for a pair); dict's subclasses are dicts. */
export const baseOf = (t: ContainerType): BaseType => (flavourOf(t) ? 'dict' : t.split('+')[0] as BaseType);

/** 'pair': c and o of the same kind; 'iter': a list and a shared iterator; 'single': just c. */
export const shapeOf = (t: ContainerType): 'single' | 'pair' | 'iter' =>
  t === 'list+iter' ? 'iter' : t.includes('+') ? 'pair' : 'single';

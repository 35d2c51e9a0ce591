import type { BaseType, ContainerType } from './operation.ts';

/** The base kind of `c` (and of `o` for a pair); a frozenset's is set's (same encoding, same readers). */
export const baseOf = (t: ContainerType): BaseType =>
  (t === 'frozenset+iter' ? 'set' : t.split('+')[0] as BaseType);

/** 'pair': c and o of the same kind; 'iter': a container and a shared iterator; 'single': just c. */
export const shapeOf = (t: ContainerType): 'single' | 'pair' | 'iter' =>
  /\+(rev)?iter$/.test(t) ? 'iter' : t.includes('+') ? 'pair' : 'single';

import type { BaseType, ContainerType } from './operation.ts';

/** The base kind of `c` (and of `o` for a pair). */
export const baseOf = (t: ContainerType): BaseType => t.split('+')[0] as BaseType;

/** 'pair': c and o of the same kind; 'iter': a list and a shared iterator; 'single': just c. */
export const shapeOf = (t: ContainerType): 'single' | 'pair' | 'iter' =>
  t === 'list+iter' ? 'iter' : t.includes('+') ? 'pair' : 'single';

import type { ContainerType } from '../../src/catalogue/operation.ts';

/** A lifted operation's id: '<kind>:<c|o>.<name>', the name that of the single-container operation. */
export interface LiftedId {
  readonly kind: ContainerType;
  /** Which part of the state it works on: 0 for `c`, 1 for `o` (for a shared iterator, 1 is its position). */
  readonly part: 0 | 1;
  readonly name: string;
}

export const liftedId = (id: string): LiftedId | undefined => {
  const m = /^([a-z]+\+[a-z]+):([co])\.(.+)$/.exec(id);
  return m ? { kind: m[1] as ContainerType, part: m[2] === 'c' ? 0 : 1, name: m[3] } : undefined;
};

import type { LockMode } from '../../scenario/scenario.ts';

const meaning: Record<LockMode, string> = {
  none: 'no lock',
  all: 'every operation under one shared lock',
  compound: 'only the never-atomic operations under a lock',
};

/** `none (no lock)`: the lock mode with what it means. */
export const formatLock = (lock: LockMode): string => `${lock} (${meaning[lock] ?? 'unknown'})`;

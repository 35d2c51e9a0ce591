import type { CaseStatus } from '../../results/caseResult.ts';

/** Every status, in the order reports list them: findings first, passing last. */
export const STATUS_ORDER: readonly CaseStatus[] = [
  'failed', 'crashed', 'hung', 'error', 'raced', 'known', 'inconclusive', 'passed',
];

/** Statuses that make a run fail: a broken guarantee, a dead or stuck interpreter, a broken program. */
export const isFinding = (s: CaseStatus): boolean => s === 'failed' || s === 'crashed' || s === 'hung' || s === 'error' || s === 'raced';

/** 'FAILED', 'CRASHED', …: how a status is written in the console and HTML. */
export const statusLabel = (s: CaseStatus): string => s.toUpperCase();

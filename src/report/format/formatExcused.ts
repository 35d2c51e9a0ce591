import type { Excused } from '../../results/caseResult.ts';
import { formatCount } from './formatCount.ts';

const plural = (n: number, one: string) => `${formatCount(n)} ${one}${n === 1 ? '' : 's'}`;

/**
 * What each known issue excused in a case, one phrase per issue: 'gh-154130: 2 programs, 37 runs' (pure).
 * Programs are those whose crash, hang or dead harness it explains; runs, those whose forbidden outcome it does.
 */
export const formatExcused = (excused: readonly Excused[]): string =>
  excused.map((x) => `${x.issue}: ${[...(x.programs > 0 ? [plural(x.programs, 'program')] : []),
    ...(x.runs > 0 || x.programs === 0 ? [plural(x.runs, 'run')] : [])].join(', ')}`).join('; ');

/** The summary's lines for the cases a known issue excused something in (none when it excused nothing). */
export const formatExcusedCases = (cases: readonly { readonly name: string; readonly excused?: readonly Excused[] }[]): string[] => {
  const shown = cases.filter((c) => c.excused && c.excused.length > 0);
  return shown.length === 0 ? [] : [
    `excused by known issues (--known off grades as if there were none): ${shown.length} case${shown.length === 1 ? '' : 's'}`,
    ...shown.map((c) => `  ${c.name}: ${formatExcused(c.excused!)}`),
  ];
};

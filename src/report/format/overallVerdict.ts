import type { RunSummary } from '../../results/caseResult.ts';
import { countStatuses } from './countStatuses.ts';
import { formatCount } from './formatCount.ts';

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'empty';

export interface OverallVerdict {
  readonly verdict: Verdict;
  /** One line, e.g. 'FAIL: 2 findings in 120 cases (1 failed, 1 crashed); 3 inconclusive'. */
  readonly line: string;
}

/**
 * fail: any failed, crashed, hung, error or raced case; inconclusive: nothing failed and nothing passed but
 * something was inconclusive; pass: otherwise; empty: no case ran. Known issues never fail a run.
 */
export const overallVerdict = (summary: RunSummary): OverallVerdict => {
  const n = countStatuses(summary.cases);
  const total = summary.cases.length;
  const findings = n.failed + n.crashed + n.hung + n.error + n.raced;
  const cut = summary.interrupted ? ' [interrupted: partial results]' : '';
  const list = (pairs: [number, string][]): string =>
    pairs.filter(([k]) => k > 0).map(([k, s]) => `${formatCount(k)} ${s}`).join(', ');
  const aside = list([[n.known, 'known'], [n.inconclusive, 'inconclusive']]);
  const tail = aside ? `; ${aside}` : '';
  if (total === 0) return { verdict: 'empty', line: `NO CASES RUN${cut}` };
  if (findings > 0) {
    const what = list([[n.failed, 'failed'], [n.crashed, 'crashed'], [n.hung, 'hung'], [n.error, 'error'], [n.raced, 'raced']]);
    const noun = findings === 1 ? 'finding' : 'findings';
    return { verdict: 'fail', line: `FAIL: ${formatCount(findings)} ${noun} in ${formatCount(total)} cases (${what})${tail}${cut}` };
  }
  // One inconclusive case (GIL on, one CPU, a negative control that never fired) means the run as a
  // whole had no proven contention: never call that a pass.
  if (n.inconclusive > 0) {
    const why = summary.cases.find((c) => c.status === 'inconclusive')?.message ?? '';
    return { verdict: 'inconclusive', line: `INCONCLUSIVE: ${formatCount(n.inconclusive)} of ${formatCount(total)} cases could not conclude (${why})${tail}${cut}` };
  }
  return { verdict: 'pass', line: `PASS: ${formatCount(n.passed)} of ${formatCount(total)} cases passed${tail}${cut}` };
};

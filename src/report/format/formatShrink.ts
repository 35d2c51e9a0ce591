import type { CaseResult } from '../../results/caseResult.ts';
import { formatCount } from './formatCount.ts';
import { formatScenario, type ScenarioFormatOptions } from './formatScenario.ts';
import { formatSeconds } from './formatSeconds.ts';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** 'shrunk in 4.2 s (17 candidate runs)' or 'shrinking stopped after 20 s (its budget, …)'; undefined without shrinking. */
export const shrinkSentence = (c: CaseResult): string | undefined => {
  const s = c.shrink;
  if (!s) return undefined;
  const runs = `${formatCount(s.runs)} candidate run${s.runs === 1 ? '' : 's'}`;
  return s.stopped
    ? `shrinking stopped after ${formatSeconds(s.ms)} (${s.shrinkBudgetMs === undefined
      ? `its budget, --shrink-budget ${formatSeconds(s.budgetMs)}`
      : `what was left of --budget, ${formatSeconds(s.budgetMs)} of --shrink-budget ${formatSeconds(s.shrinkBudgetMs)}`}; ${runs}): `
      + 'the smallest failing scenario found so far'
    : `shrunk in ${formatSeconds(s.ms)} (${runs})`;
};

/** Whether shrinking changed the scenario first seen. */
export const shrankFromFirstSight = (c: CaseResult): boolean => c.firstSight !== undefined && !same(c.firstSight.scenario, c.scenario);

/** 'first seen after 2.1 s, in draw 4'. */
export const firstSeenSentence = (c: CaseResult): string | undefined =>
  c.firstSight && `first seen after ${formatSeconds(c.firstSight.afterMs)}, in draw ${c.firstSight.draw}`;

/**
 * How the counterexample came to be: shrunk in T s, or "shrinking stopped after T s" when its budget ran
 * out; then when the finding was first seen and, when shrinking changed it, the scenario as first seen.
 */
export const formatShrink = (c: CaseResult, opts: Pick<ScenarioFormatOptions, 'renderCall' | 'indent'> = {}): string[] => {
  const shrunk = shrinkSentence(c);
  const lines: string[] = shrunk ? [shrunk] : [];
  const f = c.firstSight;
  if (f) {
    const when = firstSeenSentence(c);
    if (!shrankFromFirstSight(c)) lines.push(`${when} (this scenario; shrinking found nothing smaller)`);
    else {
      lines.push(`${when}, before shrinking (replay: ${f.replay}):`,
        formatScenario(f.scenario, { outcome: f.outcome, renderCall: opts.renderCall, indent: opts.indent ?? '  ' }));
    }
  }
  return lines;
};

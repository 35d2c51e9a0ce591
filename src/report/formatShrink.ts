import type { CaseResult } from '../results/caseResult.ts';
import { formatCount } from './formatCount.ts';
import { formatScenario, type ScenarioFormatOptions } from './formatScenario.ts';
import { formatSeconds } from './formatSeconds.ts';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * How the counterexample came to be: shrunk in T s, or "shrinking stopped after T s" when its budget ran
 * out; then when the finding was first seen and, when shrinking changed it, the scenario as first seen.
 */
export const formatShrink = (c: CaseResult, opts: Pick<ScenarioFormatOptions, 'renderCall' | 'indent'> = {}): string[] => {
  const lines: string[] = [];
  const s = c.shrink;
  if (s) {
    const runs = `${formatCount(s.runs)} candidate run${s.runs === 1 ? '' : 's'}`;
    lines.push(s.stopped
      ? `shrinking stopped after ${formatSeconds(s.ms)} (its budget, --shrink-budget ${formatSeconds(s.budgetMs)}; ${runs}): `
        + 'the smallest failing scenario found so far'
      : `shrunk in ${formatSeconds(s.ms)} (${runs})`);
  }
  const f = c.firstSight;
  if (f) {
    const when = `first seen after ${formatSeconds(f.afterMs)}, in draw ${f.draw}`;
    if (same(f.scenario, c.scenario)) lines.push(`${when} (this scenario; shrinking found nothing smaller)`);
    else {
      lines.push(`${when}, before shrinking (replay: ${f.replay}):`,
        formatScenario(f.scenario, { outcome: f.outcome, renderCall: opts.renderCall, indent: opts.indent ?? '  ' }));
    }
  }
  return lines;
};

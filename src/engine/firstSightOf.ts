import type { FirstSight } from '../results/caseResult.ts';
import type { Tried } from './summarizeProperty.ts';

/** A draw that showed a finding, as first seen (pure). */
export const firstSightOf = (draw: number, t: Tried, replay: string, afterMs: number): FirstSight => {
  const forbidden = t.verdict.histogram.find((g) => g.expect === 'FORBIDDEN');
  return {
    draw, scenario: t.scenario, status: t.verdict.status, message: t.verdict.message, replay, afterMs,
    ...(forbidden ? { outcome: forbidden.outcome } : {}),
  };
};

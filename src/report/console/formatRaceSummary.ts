import type { RunSummary } from '../../results/caseResult.ts';
import { formatCount } from '../format/formatCount.ts';
import { raceSummary } from './raceSummary.ts';

/** The run's distinct data races, one line each with where they were seen (empty when there were none). */
export const formatRaceSummary = (summary: Pick<RunSummary, 'cases'>): string[] => {
  const races = raceSummary(summary);
  if (races.length === 0) return [];
  const known = races.filter((r) => r.race.known).length;
  return [
    `data races (ThreadSanitizer): ${races.length} distinct, ${races.length - known} new, ${known} known`,
    ...races.map(({ race, cases, reports }) =>
      `  ${race.known ? `KNOWN ${race.known.id}` : 'NEW'}  ${race.kind}: ${race.key} — ${formatCount(reports)} report${reports === 1 ? '' : 's'}` +
      ` in ${formatCount(cases.length)} case${cases.length === 1 ? '' : 's'} (first: ${cases[0]})${race.known ? ` ${race.known.url}` : ''}`),
  ];
};

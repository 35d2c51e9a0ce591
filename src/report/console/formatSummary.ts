import type { RunSummary } from '../../results/caseResult.ts';
import { formatCount } from '../format/formatCount.ts';
import { formatExcusedCases } from '../format/formatExcused.ts';
import { formatPercent } from '../format/formatPercent.ts';
import { formatRaceSummary } from './formatRaceSummary.ts';
import { formatTable } from '../format/formatTable.ts';
import { groupCases } from '../format/groupCases.ts';
import { overallVerdict } from '../format/overallVerdict.ts';

// Columns in reading order: the good news first, the findings, then what could not be judged.
const COLUMNS = ['passed', 'failed', 'crashed', 'hung', 'error', 'raced', 'inconclusive', 'known'] as const;

/**
 * The final summary: one row per suite and interpreter with its status counts, runs and the overlap
 * measured (share of timed runs that overlapped; share of outcomes that needed interleaving), then
 * the overall verdict line.
 */
export const formatSummary = (summary: RunSummary): string => {
  const header = ['SUITE', 'INTERPRETER', ...COLUMNS.map((c) => c.toUpperCase()), 'RUNS', 'OVERLAPPED', 'INTERLEAVED'];
  const rows = groupCases(summary).map((g) => [
    g.suite,
    g.interpName,
    ...COLUMNS.map((c) => formatCount(g.counts[c])),
    formatCount(g.runs),
    g.overlap.timed === 0 ? '-' : formatPercent(g.overlap.overlapped / g.overlap.timed),
    g.runs === 0 ? '-' : formatPercent(g.overlap.interleavedShare),
  ]);
  const lines = [
    `ftconform summary: profile ${summary.profile}, ${summary.startedAt} → ${summary.finishedAt}`,
  ];
  if (summary.interrupted) lines.push('run INTERRUPTED: the counts below cover only the cases that finished');
  lines.push(rows.length === 0
    ? '(no cases)'
    : formatTable([header, ...rows], { align: ['left', 'left', ...COLUMNS.map(() => 'right' as const), 'right', 'right', 'right'] }));
  const wall = summary.cases.reduce((a, c) => a + c.durationMs, 0);
  const oracle = summary.cases.reduce((a, c) => a + (c.oracleMs ?? 0), 0);
  if (wall > 0 && summary.cases.some((c) => c.oracleMs !== undefined)) {
    lines.push(`oracle: ${(oracle / 1000).toFixed(1)} s of the cases' ${(wall / 1000).toFixed(1)} s (${formatPercent(oracle / wall)}) went to grading outcomes`);
  }
  lines.push(`verdict: ${overallVerdict(summary).line}`);
  lines.push(...formatExcusedCases(summary.cases));
  const differential = summary.cases.filter((c) => c.gilDifferential && c.gilDifferential.distinct > 0);
  if (summary.cases.some((c) => c.gilDifferential)) {
    lines.push(`GIL differential: ${differential.length} of ${summary.cases.length} cases showed outcomes only with the GIL off`,
      ...differential.map((c) => `  ${c.name}: ${formatCount(c.gilDifferential!.distinct)} outcomes`));
  }
  lines.push(...formatRaceSummary(summary));
  return lines.join('\n');
};

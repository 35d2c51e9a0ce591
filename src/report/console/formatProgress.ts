import { formatCount } from '../format/formatCount.ts';
import { formatDuration } from '../format/formatDuration.ts';

export interface ProgressState {
  readonly done: number;
  readonly planned: number;
  /** Failed, crashed, hung or error cases so far. */
  readonly findings: number;
  readonly elapsedMs: number;
  /** The run's time budget; absent when it has none. */
  readonly budgetMs?: number;
}

/**
 * Time left: what the budget leaves (the run plans to fill it), else — no budget, or past it — the
 * pace so far times the cases left; undefined when done or nothing to go by.
 */
export const etaMs = (p: ProgressState): number | undefined => {
  if (p.done >= p.planned) return undefined;
  if (p.budgetMs !== undefined && p.elapsedMs < p.budgetMs) return p.budgetMs - p.elapsedMs;
  return p.done > 0 ? (p.elapsedMs / p.done) * (p.planned - p.done) : undefined;
};

/** One progress line: 'cases 12 / 40 (30 %) · findings 1 · 0:42 / 5:00 · about 4:18 left'. */
export const formatProgress = (p: ProgressState): string => {
  const pct = p.planned > 0 ? ` (${Math.floor((100 * Math.min(p.done, p.planned)) / p.planned)} %)` : '';
  const time = p.budgetMs === undefined
    ? `${formatDuration(p.elapsedMs)} elapsed`
    : `${formatDuration(p.elapsedMs)} / ${formatDuration(p.budgetMs)}`;
  const eta = etaMs(p);
  const left = eta === undefined ? '' : ` · about ${formatDuration(eta)} left`;
  return `cases ${formatCount(p.done)} / ${formatCount(p.planned)}${pct} · findings ${formatCount(p.findings)} · ${time}${left}`;
};

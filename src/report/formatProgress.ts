import { formatCount } from './formatCount.ts';
import { formatDuration } from './formatDuration.ts';

export interface ProgressState {
  readonly done: number;
  readonly planned: number;
  /** Failed, crashed, hung or error cases so far. */
  readonly findings: number;
  readonly elapsedMs: number;
  /** The run's time budget; absent when it has none. */
  readonly budgetMs?: number;
}

/** One progress line: 'cases 12 / 40 (30 %) · findings 1 · 0:42 / 5:00'. */
export const formatProgress = (p: ProgressState): string => {
  const pct = p.planned > 0 ? ` (${Math.floor((100 * Math.min(p.done, p.planned)) / p.planned)} %)` : '';
  const time = p.budgetMs === undefined
    ? `${formatDuration(p.elapsedMs)} elapsed`
    : `${formatDuration(p.elapsedMs)} / ${formatDuration(p.budgetMs)}`;
  return `cases ${formatCount(p.done)} / ${formatCount(p.planned)}${pct} · findings ${formatCount(p.findings)} · ${time}`;
};

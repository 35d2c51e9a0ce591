/** One part of a run split over machines: `--shard index/total`, index counted from 1. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

export const formatShard = (s: Shard): string => `${s.index}/${s.total}`;

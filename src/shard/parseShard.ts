import type { Shard } from '../results/shard.ts';

/** What `--shard` says: a shard, or `auto` (from the CI engine's environment), with or without a total. */
export type ShardSpec = Shard | { readonly auto: true; readonly total?: number };

const count = (text: string): number | undefined => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined);

/** 'i/n', 'auto' or 'auto/n' → a spec; undefined when malformed or i is not within 1..n. Pure. */
export const parseShard = (text: string): ShardSpec | undefined => {
  const m = /^([^/]+)(?:\/(.+))?$/.exec(text.trim());
  if (!m) return undefined;
  const total = m[2] === undefined ? undefined : count(m[2]);
  if (m[2] !== undefined && total === undefined) return undefined;
  if (m[1] === 'auto') return total === undefined ? { auto: true } : { auto: true, total };
  const index = count(m[1]);
  return index !== undefined && total !== undefined && index <= total ? { index, total } : undefined;
};

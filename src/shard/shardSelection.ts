import type { Shard } from '../results/shard.ts';
import { shardOf, type WorkUnit } from './workUnit.ts';

/** Which draws of a property a shard runs: `undefined` for all of them. */
export type DrawFilter = ((draw: number) => boolean) | undefined;

export const propertyKey = (interp: number, suite: string, property: string): string => JSON.stringify([interp, suite, property]);

/**
 * The properties a shard checks (by propertyKey) and which of their draws; a property with no unit in
 * the shard is absent. Without a shard, every property with all its draws. Pure.
 */
export const shardSelection = (units: readonly WorkUnit[], shard: Shard | undefined): Map<string, DrawFilter> => {
  const draws = new Map<string, Set<number> | 'all'>();
  for (const u of units) {
    if (shard && shardOf(u, shard.total) !== shard.index) continue;
    const key = propertyKey(u.interp, u.suite, u.property);
    if (u.draw === 'all' || !shard) draws.set(key, 'all');
    else {
      const set = draws.get(key);
      if (set === 'all') continue;
      draws.set(key, (set ?? new Set<number>()).add(u.draw));
    }
  }
  return new Map([...draws].map(([k, d]) => [k, d === 'all' ? undefined : (draw: number) => d.has(draw)]));
};

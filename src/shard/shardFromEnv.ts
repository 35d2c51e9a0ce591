import { parseShard, type ShardSpec } from './parseShard.ts';
import type { Shard } from '../results/shard.ts';

/** The variables `--shard auto` reads, in this order (README, "Sharding"). */
export const SHARD_ENV = {
  /** Any engine (GitHub Actions: from the matrix): 'i/n'. */
  shard: 'FTCONFORM_SHARD',
  /** Where the engine gives only an index (Kubernetes): the total. */
  total: 'FTCONFORM_SHARD_TOTAL',
  /** GitLab CI `parallel:` — both counted from 1. */
  gitlabIndex: 'CI_NODE_INDEX',
  gitlabTotal: 'CI_NODE_TOTAL',
  /** Kubernetes Indexed Job — counted from 0. */
  k8sIndex: 'JOB_COMPLETION_INDEX',
} as const;

const int = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined);

const within = (index: number, total: number, from: string): Shard | string =>
  index >= 1 && index <= total ? { index, total } : `${from} gives shard ${index} of ${total}`;

/**
 * Resolves `--shard auto[/n]` from the CI engine's environment; a Shard, or why not (one line). Pure.
 * A total given with the flag wins over the environment's.
 */
export const shardFromEnv = (spec: ShardSpec, env: Readonly<Record<string, string | undefined>>): Shard | string => {
  if (!('auto' in spec)) return spec;
  const e = SHARD_ENV;
  const given = env[e.shard];
  if (given !== undefined && given !== '') {
    const s = parseShard(given);
    if (!s || 'auto' in s) return `${e.shard}="${given}" is not i/n (e.g. 2/4)`;
    return spec.total !== undefined && spec.total !== s.total ? `${e.shard}=${given} but --shard auto/${spec.total}` : s;
  }
  const gitlab = int(env[e.gitlabIndex]);
  if (gitlab !== undefined) {
    const total = spec.total ?? int(env[e.gitlabTotal]);
    if (total === undefined) return `${e.gitlabIndex} is set but not ${e.gitlabTotal} (use GitLab's parallel:)`;
    return within(gitlab, total, `${e.gitlabIndex}/${e.gitlabTotal}`);
  }
  const k8s = int(env[e.k8sIndex]);
  if (k8s !== undefined) {
    const total = spec.total ?? int(env[e.total]);
    if (total === undefined) return `${e.k8sIndex} is set but the total is not: pass --shard auto/N or set ${e.total}`;
    return within(k8s + 1, total, `${e.k8sIndex}=${k8s} (counted from 0) and total ${total}`);
  }
  return `no shard in the environment (${e.shard}, ${e.gitlabIndex}/${e.gitlabTotal} or ${e.k8sIndex}); use --shard i/n`;
};

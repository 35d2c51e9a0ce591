/** CPUs claimed for one program: indices into its sorted set of usable CPUs (empty: it must not pin). */
export interface CpuClaim {
  readonly cpus: readonly number[];
  readonly release: () => void;
}

export interface CpuShare {
  /** Claims `threads` CPUs that no program running now has pinned to, or none when too few are free. */
  readonly claim: (threads: number, usable: number) => CpuClaim;
}

/**
 * Hands each running program its own CPUs to pin its workers to (one per worker, as jcstress pins its
 * actors), so that programs side by side never pin to the same one.
 */
export const createCpuShare = (): CpuShare => {
  const taken = new Set<number>();
  return {
    claim: (threads, usable) => {
      const free = Array.from({ length: usable }, (_, i) => i).filter((i) => !taken.has(i));
      if (threads > free.length) return { cpus: [], release: () => {} };
      const cpus = free.slice(0, threads);
      for (const c of cpus) taken.add(c);
      return { cpus, release: () => { for (const c of cpus) taken.delete(c); } };
    },
  };
};

/** The share every program of this process draws from. */
export const cpuShare: CpuShare = createCpuShare();

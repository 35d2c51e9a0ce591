/**
 * Runs of the negative control (`threads` threads each d[1] = d.get(1, 0) + 1 on a fresh dict) that lost an
 * update: the final count is below the number of threads. Read from the histogram's outcome keys, whose
 * last element is the final state {"d": [[1, count]]} (pure). The oracle grades the same runs as
 * ACCEPTABLE_INTERESTING; counting them directly scales to any number of threads, where enumerating the
 * interleavings does not (16 threads: 32!/2^16 orders).
 */
export const lostUpdates = (hist: Readonly<Record<string, number>>, threads: number): number => {
  let lost = 0;
  for (const [outcome, n] of Object.entries(hist)) {
    const parts = JSON.parse(outcome) as unknown[];
    const final = parts[parts.length - 1] as { d?: [unknown, unknown][] } | undefined;
    const count = final?.d?.[0]?.[1];
    if (typeof count === 'number' && count < threads) lost += n;
  }
  return lost;
};

import { formatDuration } from '../report/format/formatDuration.ts';

// Every compiler command names its object file: `gcc -c … -o Objects/abstract.o Objects/abstract.c`.
const OBJECT = /\s-o\s+(\S+\.o)(?=\s|$)/gm;

/** The distinct object files named by compiler commands in `text` (make's output or `make -n`). Pure. */
export const objectFiles = (text: string): Set<string> => new Set([...text.matchAll(OBJECT)].map((m) => m[1]));

/**
 * How far a compile is: 'compiled 312 / 790 objects (39 %), about 2:05 left', the time left from the
 * pace so far. Pure.
 */
export const formatCompileProgress = (built: number, total: number, elapsedMs: number): string => {
  const done = Math.min(built, total);
  const pct = total > 0 ? ` (${Math.floor((100 * done) / total)} %)` : '';
  const left = done > 0 && done < total ? `, about ${formatDuration((elapsedMs / done) * (total - done))} left` : '';
  return `compiled ${done} / ${total} objects${pct}${left}`;
};

import type { PyValue } from '../catalogue/pyValue.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** A fresh empty dict and `threads` threads, thread t running `op` once with `argsOf(t)` (pure). */
export const contenders = (op: string, argsOf: (t: number) => readonly PyValue[], threads: number): Scenario => ({
  container: 'dict', initial: [], lock: 'none',
  threads: Array.from({ length: threads }, (_, t) => [{ op, args: argsOf(t) }]),
});

/** The bench's race: every thread d.setdefault(1, 10 * (t + 1)) on the same fresh dict; who wins varies. */
export const setdefaultRace = (threads: number): Scenario => contenders('dict.setdefault', (t) => [1, 10 * (t + 1)], threads);

/** The bench's negative control: every thread d[1] = d.get(1, 0) + 1 unlocked; a lost update is expected. */
export const incrementControl = (threads: number): Scenario => contenders('dict.rmw-increment', () => [1], threads);

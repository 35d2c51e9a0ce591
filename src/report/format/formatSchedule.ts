import type { Schedule } from '../../results/caseResult.ts';

/** What a gate of the controlled mode is, as a person reads it. */
export const gateLabel = (gate: string): string =>
  gate === 'eq' ? 'a key\'s __eq__' : gate === 'factory' ? 'the default_factory' : gate === 'end' ? 'its end'
    : gate.startsWith('op ') ? `operation ${gate.slice(3)}` : gate;

/** One stretch of a schedule: a thread that held the container through `gates` gates, up to the last one (`stop`). */
export interface Stretch {
  readonly thread: number;
  readonly stop: string;
  readonly gates: number;
}

/** A schedule's timeline as stretches: the gates where the same thread went on are one stretch (pure). */
export const stretchesOf = (s: Schedule): readonly Stretch[] => s.timeline.reduce<Stretch[]>((acc, [thread, stop]) => {
  const last = acc.at(-1);
  if (last && last.thread === thread && last.stop !== 'end') acc[acc.length - 1] = { thread, stop, gates: last.gates + 1 };
  else acc.push({ thread, stop, gates: 1 });
  return acc;
}, []);

/**
 * A controlled schedule in one line: its decisions, then who held the container up to which gate (pure), e.g.
 * "schedule [0, 1, 1]: t0 to a key's __eq__ → t1 to operation 1 → t0 to its end (2 gates) → t1 to its end".
 */
export const formatSchedule = (s: Schedule): string =>
  `schedule [${s.decisions.join(', ')}]: ${stretchesOf(s).map((x) => `t${x.thread} to ${gateLabel(x.stop)}`
    + (x.gates > 1 ? ` (${x.gates} gates)` : '')).join(' → ')}`;

import type { Schedule } from '../../results/caseResult.ts';

/** What a gate of the controlled mode is, as a person reads it. */
export const gateLabel = (gate: string): string =>
  gate === 'eq' ? 'a key\'s __eq__' : gate === 'factory' ? 'the default_factory' : gate === 'end' ? 'its end'
    : gate.startsWith('op ') ? `operation ${gate.slice(3)}` : gate;

/**
 * A controlled schedule in one line: its decisions, then who held the container between gates (pure), e.g.
 * "schedule [0, 1, 1]: t0 ran to a key's __eq__ → t1 to operation 1 → t0 to its end → t1 to its end".
 */
export const formatSchedule = (s: Schedule): string =>
  `schedule [${s.decisions.join(', ')}]: ${s.timeline.map(([t, gate]) => `t${t} to ${gateLabel(gate)}`).join(' → ')}`;

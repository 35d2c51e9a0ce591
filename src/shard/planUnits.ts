import type { Property } from '../engine/property.ts';
import type { WorkUnit } from './workUnit.ts';

export interface UnitsInput {
  /** The run's properties, in the order it checks them. */
  readonly props: readonly Property[];
  readonly interps: number;
  /** Draws per property and seconds per draw (the profile after --budget). */
  readonly scenarios: number;
  readonly secondsPerScenario: number;
}

/** Every work unit of a run, in the order the unsharded run takes them, placed on its time line. Pure. */
export const planUnits = (o: UnitsInput): WorkUnit[] => {
  const raw: Omit<WorkUnit, 'at'>[] = [];
  for (let interp = 0; interp < o.interps; interp++) {
    for (const p of o.props) {
      const base = { interp, suite: p.suite, property: p.name };
      if (p.kind === 'negative-control') raw.push({ ...base, draw: 'all', weight: o.scenarios * o.secondsPerScenario });
      else for (let draw = 0; draw < o.scenarios; draw++) raw.push({ ...base, draw, weight: o.secondsPerScenario });
    }
  }
  const total = raw.reduce((a, u) => a + u.weight, 0);
  let before = 0;
  return raw.map((u) => {
    const at = total > 0 ? (before + u.weight / 2) / total : 0;
    before += u.weight;
    return { ...u, at };
  });
};

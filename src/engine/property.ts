import type { ScenarioShape } from '../scenario/scenarioShape.ts';
import type { PropertyKind } from './judgeScenario.ts';

/** A property of a suite: scenarios drawn from a shape, and what they must show. */
export interface Property {
  readonly suite: string;
  /** Named after the guarantee it checks, e.g. 'dict single-item operations are atomic'. */
  readonly name: string;
  readonly shape: ScenarioShape;
  readonly kind: PropertyKind;
}

/** A 32-bit seed per property, so that properties of one run draw different scenarios from one seed. */
export const propertySeed = (seed: number, name: string): number => {
  let h = seed | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h | 0;
};

import type { ScenarioShape } from '../scenario/scenarioShape.ts';
import { symptomsOf, type KnownIssue } from './knownIssue.ts';
import { inRange, opIn } from './matchKnownIssue.ts';

/**
 * Whether a property's programs are expected to crash or hang on this interpreter version: a known issue whose
 * symptom is a crash or a hang applies to the version, to one of the shape's containers and to one of the
 * operations it draws (3.13.15t's shared-iterator cases, gh-144356 and gh-154130). What --budget sets aside for
 * such a case (src/engine/planProfile.ts, rescheduleProfile). Pure.
 */
export const expectsBreak = (issues: readonly KnownIssue[], shape: ScenarioShape, version: string): boolean =>
  issues.some((k) => {
    if (!symptomsOf(k).some((s) => s === 'crashed' || s === 'hung') || !inRange(version, k.versions)) return false;
    const containers: readonly string[] = typeof k.container === 'string' ? [k.container] : k.container;
    if (!shape.containers.some((c) => containers.includes(c))) return false;
    // No list of operations: the shape draws every operation of its containers.
    const ops = shape.ops === undefined ? undefined : [...shape.ops, ...(shape.everyThread ? [shape.everyThread] : [])];
    return ops === undefined
      || (ops.some((op) => opIn(k.ops, op)) && (k.during === undefined || ops.some((op) => opIn(k.during!, op))));
  });

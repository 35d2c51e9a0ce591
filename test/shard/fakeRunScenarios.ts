import { createHash } from 'node:crypto';
import type { Observation } from '../../src/engine/observation.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { ProgramItem } from '../../src/render/scenarioView.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';

const hash = (s: Scenario): number => createHash('sha256').update(JSON.stringify(s)).digest().readUInt32BE(0);
const uses = (s: Scenario, prefix: string): boolean => s.threads.some((ops) => ops.some((c) => c.op.startsWith(prefix)));

/**
 * A deterministic stand-in for running programs: what a scenario "shows" depends on the scenario
 * alone. A scenario that pops crashes, one that clears hangs (findings fast-check shrinks); the others
 * show one to three of their serial outcomes, so that cases differ in which draw is the most telling.
 */
export const fakeObservation = (s: Scenario): Observation => {
  const base = { message: 'ok', runs: 100, timed: 10, overlapped: hash(s) % 10, seconds: 0.25 };
  if (uses(s, 'dict.pop')) return { ...base, status: 'crash', message: 'died of SIGSEGV', signal: 'SIGSEGV', hist: {}, traceback: 'Fatal Python error' };
  if (uses(s, 'dict.clear')) return { ...base, status: 'hang', message: 'hung', hist: {} };
  const serial = [...expectationsOf(planOf(s, '3.13.5')).serial].sort();
  const shown = serial.slice(0, 1 + (hash(s) % 3));
  return { ...base, status: 'ok', hist: Object.fromEntries(shown.map((o, i) => [o, 50 - i])) };
};

export const fakeRunScenarios = async (_pool: unknown, _interp: unknown, items: readonly ProgramItem[]): Promise<Map<string, Observation>> =>
  new Map(items.map((it) => [it.id, fakeObservation(it.scenario)]));

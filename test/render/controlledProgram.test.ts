import { describe, expect, it } from 'vitest';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { renderProgram } from '../../src/render/renderProgram.ts';
import type { Control, Scenario } from '../../src/scenario/scenario.ts';
import { call, scenarioOf } from '../oracle/scenarioOf.ts';
import { jsonLines, runPython } from './python.ts';

// The controlled mode's program (templates/_scenario-controlled.py.ejs, _scheduler.py.ejs), run with the machine's
// python3: the scheduler lets one thread run at a time whatever the build, so a GIL interpreter runs it the same.

const y = (v: number) => ({ y: v });
/** Two inserts whose lookups compare with a key already there (every _Y hashes alike): a gate in each. */
const inserts = (control: Control): Scenario => ({ ...scenarioOf('dict',
  [[call('dict.setitem', y(1), 1)], [call('dict.setitem', y(2), 2), call('dict.get', y(1))]], { initial: [[y(0), 0]] }), control });

interface Record {
  readonly runs: number;
  readonly hist: Readonly<globalThis.Record<string, number>>;
  readonly schedules: Readonly<globalThis.Record<string, { decisions: number[]; timeline: [number, string][] }>>;
  readonly explored: { exhaustive: number; complete: boolean; pct: number; bound: number; all: boolean };
}

const run = async (scenario: Scenario, maxRuns: number): Promise<Record> => {
  const r = await runPython(renderProgram([{ id: 's0', scenario, budgetS: 20, maxRuns, seed: 7 }]));
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return jsonLines(r.stdout).find((l) => l.id === 's0') as unknown as Record;
};

describe('the controlled mode: one thread at a time, switching only at gates', () => {
  it('with no preemption allowed, walks each order of whole threads once and gives only serial outcomes', async () => {
    const s = inserts({ bound: 0, schedule: [] });
    const out = await run(s, 2);
    expect(out.explored).toEqual({ exhaustive: 2, complete: true, pct: 0, bound: 0, all: false });
    const serial = expectationsOf(planOf(s, '3.13.15')).serial;
    expect(Object.keys(out.hist).length).toBe(2);
    for (const o of Object.keys(out.hist)) expect(serial.has(o), o).toBe(true);
  });

  it('with preemptions at gates, reaches an interleaving inside an insert; the same seed gives the same schedules', async () => {
    const s = inserts({ bound: 2, schedule: [] });
    const [a, b] = [await run(s, 300), await run(s, 300)];
    expect(a.explored.complete).toBe(true);
    expect(a.explored.exhaustive).toBeGreaterThan(2);
    expect(b.hist).toEqual(a.hist);
    expect(b.schedules).toEqual(a.schedules);
    // Some schedule parked a thread in its __eq__ while the other ran: its timeline says so.
    const parked = Object.values(a.schedules).some((x) => x.timeline.some(([t, gate], i) => gate === 'eq'
      && x.timeline[i + 1] !== undefined && x.timeline[i + 1][0] !== t));
    expect(parked).toBe(true);
    // Every outcome is one the documented model allows (CPython restarts a lookup whose dict changed under it).
    const e = expectationsOf(planOf(s, '3.13.15'));
    for (const o of Object.keys(a.hist)) expect(gradeOutcome(e, o).expect, o).not.toBe('FORBIDDEN');
  });

  it('the drawn path only orders the walk: with it or without, deepening ends with every schedule run, the same outcomes', async () => {
    const plain = await run(inserts({ bound: 1, schedule: [] }), 100_000);
    const pathFirst = await run(inserts({ bound: 1, schedule: [1, 1, 0, 1] }), 100_000);
    for (const r of [plain, pathFirst]) expect([r.explored.complete, r.explored.all, r.explored.pct]).toEqual([true, true, 0]);
    expect(Object.keys(pathFirst.hist).sort()).toEqual(Object.keys(plain.hist).sort());
  });

  it('replays any outcome exactly from its schedule: the first run under it gives that outcome', async () => {
    const s = inserts({ bound: 2, schedule: [] });
    const all = await run(s, 300);
    expect(Object.keys(all.schedules).length).toBeGreaterThan(2);
    for (const [o, x] of Object.entries(all.schedules)) {
      const again = await run({ ...s, control: { bound: 0, schedule: x.decisions } }, 1);
      expect(Object.keys(again.hist), JSON.stringify(x.decisions)).toEqual([o]);
      expect(again.schedules[o].timeline).toEqual(x.timeline);
    }
  });

  it('a defaultdict\'s factory is a gate: another thread can run its whole append while one factory is parked', async () => {
    const s: Scenario = { ...scenarioOf('defaultdict', [[call('defaultdict.append', 0, 1)], [call('defaultdict.append', 0, 2)]]),
      control: { bound: 1, schedule: [] } };
    const out = await run(s, 100);
    const timelines = Object.values(out.schedules).map((x) => JSON.stringify(x.timeline));
    expect(timelines).toContain(JSON.stringify([[0, 'factory'], [1, 'factory'], [1, 'end'], [0, 'end']]));
  });
});

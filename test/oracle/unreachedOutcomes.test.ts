import { describe, expect, it } from 'vitest';
import type { DictState, Operation } from '../../src/catalogue/operation.ts';
import { dictGet, dictSet } from '../../src/catalogue/dictModel.ts';
import { planOf, type Plan } from '../../src/oracle/plan.ts';
import { unreachedOutcomes } from '../../src/oracle/unreachedOutcomes.ts';
import { renderProgram } from '../../src/render/renderProgram.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { call, scenarioOf } from './scenarioOf.ts';
import { jsonLines, runPython } from '../render/python.ts';

// Item 4 of issue 21: where a step model says a lock may be let go at a Python callback, the controlled mode
// says whether each interleaving the model allows is one CPython reaches. A complete walk of every schedule (a
// switch allowed at every gate) runs on the machine's python3: the lookup-then-insert code of dict.setdefault is
// the same with and without the GIL, and the scheduler runs one thread at a time either way.

const y = (v: number) => ({ y: v });
/** Two setdefault of one missing key into a dict whose lookups compare with a key already there (a gate each). */
const race: Scenario = { ...scenarioOf('dict', [[call('dict.setdefault', y(1), 10)], [call('dict.setdefault', y(1), 20)]],
  { initial: [[y(0), 0]] }), control: { bound: 2, schedule: [] } };

/** Every outcome of a complete walk: every schedule, however many switches. */
const reachedBy = async (scenario: Scenario): Promise<Set<string>> => {
  const r = await runPython(renderProgram([{ id: 's0', scenario, budgetS: 30, maxRuns: 100_000, seed: 1 }]));
  expect(r.exitCode, r.stderr).toBe(0);
  const out = jsonLines(r.stdout).find((l) => l.id === 's0') as { hist: Record<string, number>; explored: { all: boolean } };
  expect(out.explored.all).toBe(true);
  return new Set(Object.keys(out.hist));
};

/** dict.setdefault loosened by hand: its lookup and its insert as two steps of the lock, others may run between. */
const splitSetdefault = (plan: Plan): Plan => ({ ...plan, threads: plan.threads.map((ops) => ops.map((p) => (p.op.id !== 'dict.setdefault' ? p : {
  ...p, op: { ...p.op, access: ['locked', 'locked'], steps: [
    (d: DictState, [k]: readonly unknown[]) => [{ state: d, tmp: dictGet(d, k as never) ?? null }],
    (d: DictState, [k, v]: readonly unknown[], tmp: unknown) =>
      [tmp === null ? { state: dictSet(d, k as never, v as never), result: v as never } : { state: d, result: tmp as never }],
  ] } as unknown as Operation,
}))) });

describe('a step model against a complete controlled walk (tool test, not a user run)', () => {
  it('the catalogue\'s dict.setdefault allows nothing that no schedule reaches', async () => {
    const reached = await reachedBy(race);
    const u = unreachedOutcomes(planOf(race, '3.13.15'), reached);
    expect(u.truncated).toBe(false);
    expect(u.outcomes).toEqual([]);
  });

  it('setdefault split between its lookup and its insert is reported: both threads "won", which no schedule gives', async () => {
    const reached = await reachedBy(race);
    const u = unreachedOutcomes(splitSetdefault(planOf(race, '3.13.15')), reached);
    expect(u.truncated).toBe(false);
    expect(u.outcomes).toContain(JSON.stringify([[10], [20], { d: [[y(0), 0], [y(1), 20]] }]));
    expect(u.outcomes).toContain(JSON.stringify([[10], [20], { d: [[y(0), 0], [y(1), 10]] }]));
  });
});

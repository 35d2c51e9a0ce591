import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from '../../generators/scenario.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { DEFAULT_PROGRAM, renderProgram } from '../../src/render/renderProgram.ts';
import type { ProgramItem } from '../../src/render/scenarioView.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { call, scenarioOf, setdefaultRace, twoIncrements } from '../oracle/scenarioOf.ts';
import { jsonLines, runPython } from './python.ts';

const listAppendPop = (lock: Scenario['lock']) => scenarioOf('list',
  [[call('list.append', 3), call('list.pop')], [call('list.append', 4), call('list.pop')]], { lock, initial: [1, 2] });
const setAddDiscard = (lock: Scenario['lock']) => scenarioOf('set',
  [[call('set.add', 'a'), call('set.discard', 'b')], [call('set.add', 'b'), call('set.discard', 'a')]], { lock, initial: ['c'] });

const NAMED: readonly [string, Scenario][] = [
  ['dict setdefault race, no lock', setdefaultRace()],
  ['dict setdefault race, lock all', setdefaultRace('dict.setdefault', 'all')],
  ['dict increments, no lock', twoIncrements()],
  ['dict increments, lock compound', twoIncrements('compound')],
  ['list append/pop, no lock', listAppendPop('none')],
  ['list append/pop, lock all', listAppendPop('all')],
  ['set add/discard, no lock', setAddDiscard('none')],
  ['set add/discard, lock all', setAddDiscard('all')],
];

const itemsOf = (scenarios: readonly Scenario[], budgetS: number): ProgramItem[] =>
  scenarios.map((scenario, i) => ({ id: `s${i}`, scenario, budgetS, maxRuns: 1e12, seed: -i }));

/**
 * Runs the scenarios in one program and checks the protocol ({"start": id} then a record, in order) and
 * that every outcome the program printed is one the oracle accepts.
 */
const runAndGrade = async (scenarios: readonly Scenario[], budgetS: number) => {
  const run = await runPython(renderProgram(itemsOf(scenarios, budgetS)));
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  const lines = jsonLines(run.stdout);
  expect(lines).toHaveLength(2 * scenarios.length);
  return scenarios.map((scenario, i) => {
    expect(lines[2 * i]).toEqual({ start: `s${i}` });
    const record = lines[2 * i + 1] as { id: string; runs: number; hist: Record<string, number> };
    expect(record.id).toBe(`s${i}`);
    expect(record.runs).toBeGreaterThan(0);
    expect(Object.values(record.hist).reduce((a, n) => a + n, 0)).toBe(record.runs);
    const e = expectationsOf(planOf(scenario));
    const forbidden = Object.keys(record.hist).map((o) => ({ outcome: o, grade: gradeOutcome(e, o) }))
      .filter((g) => g.grade.expect === 'FORBIDDEN');
    return { scenario, forbidden };
  });
};

describe('renderProgram', () => {
  it('is pure: the same scenarios give the same bytes', () => {
    const items = itemsOf(NAMED.map(([, s]) => s), 0.2);
    const opts = { ...DEFAULT_PROGRAM, header: 'interpreter: /x/python3.13t\nseed 1' };
    expect(renderProgram(items, opts)).toBe(renderProgram(items.map((it) => ({ ...it })), { ...opts }));
  });

  it('keeps the header to one comment line and never HTML-escapes values', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', "it's", 1)], [call('dict.get', "it's")]]);
    const source = renderProgram(itemsOf([s], 0.2), { ...DEFAULT_PROGRAM, header: 'a\nb' });
    expect(source).toContain('# a b\n');
    expect(source).toContain(`c["it's"] = 1`);
    expect(source).not.toMatch(/&#39;|&quot;|&lt;|&gt;|&amp;/);
  });

  it('a scenario id with odd characters still makes a valid function name', () => {
    const item = { ...itemsOf([twoIncrements()], 0.2)[0], id: 'dict-3:1' };
    expect(renderProgram([item])).toContain('def scenario_dict_3_1(');
  });

  it('runs under python3 and prints only outcomes the oracle accepts, for named scenarios', async () => {
    const graded = await runAndGrade(NAMED.map(([, s]) => s), 0.2);
    expect(graded.flatMap((g, i) => g.forbidden.map((f) => [NAMED[i][0], f.outcome, f.grade.description]))).toEqual([]);
  });

  it('drawn scenarios of every container render, run, and speak the oracle\'s encoding', async () => {
    // A fixed seed keeps the drawn scenarios the same from run to run; only the outcomes vary.
    const drawn = fc.sample(scenarioArb({ containers: ['list', 'dict', 'set'], threads: { min: 2, max: 3 },
      opsPerThread: { min: 1, max: 3 } }), { seed: 20250611, numRuns: 12 });
    const graded = await runAndGrade(drawn, 0.05);
    expect(graded.flatMap((g) => g.forbidden.map((f) => [JSON.stringify(g.scenario), f.outcome, f.grade.description])))
      .toEqual([]);
  });
});

describe('the stride of a round', () => {
  // 18 keys that all collide and whose __eq__ sleeps: a container takes about 1,000 sleeps(0) to build. A
  // round of 512 of them took 40 s on 3.13.15t and the watchdog called it a hang.
  const slow = scenarioOf('set', [[call('set.copy')], [call('set.add', { y: 7 } as never)]],
    { initial: Array.from({ length: 18 }, (_, i) => ({ y: i })) as never });

  it('is shortened when a container is slow to build, and stays 512 when it is quick', async () => {
    const run = await runPython(renderProgram(itemsOf([slow, twoIncrements()], 0.2)));
    expect(run.exitCode, run.stderr).toBe(0);
    const [, slowRecord, , quickRecord] = jsonLines(run.stdout) as { runs: number }[];
    expect(slowRecord.runs % DEFAULT_PROGRAM.meetEvery).toBe(0);
    expect(slowRecord.runs).toBeLessThan(512);
    expect(slowRecord.runs).toBeGreaterThan(0);
    expect(quickRecord.runs % 512).toBe(0);
  });
});

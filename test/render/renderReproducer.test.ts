import { describe, expect, it } from 'vitest';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { ReproducerInput } from '../../src/render/renderReproducer.ts';
import { renderReproducer } from '../../src/render/renderReproducer.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { INCREMENTS_SERIAL, call, outcome, scenarioOf, setdefaultRace, twoIncrements } from '../oracle/scenarioOf.ts';
import { runPython } from './python.ts';

const input = (scenario: Scenario, allowed: readonly string[], over: Partial<ReproducerInput> = {}): ReproducerInput => ({
  item: { id: 'c0', scenario, budgetS: 0.2, maxRuns: 1e12, seed: -5 },
  allowed,
  title: 'dict / setdefault is atomic — failed',
  headerLines: ['Failed on: /x/python3.13t', 'Scenario:\n  c = {}'],
  defaultSeconds: 60,
  ...over,
});

const complete = (s: Scenario) => [...expectationsOf(planOf(s)).split];

describe('renderReproducer', () => {
  it('is pure: the same input gives the same bytes, whatever the order of the allowed outcomes', () => {
    const allowed = complete(twoIncrements());
    expect(renderReproducer(input(twoIncrements(), allowed))).toBe(renderReproducer(input(twoIncrements(), [...allowed].reverse())));
  });

  it('puts every header line behind a comment and the title on one line', () => {
    const source = renderReproducer(input(twoIncrements(), [], { title: 'one\ntwo' }));
    expect(source).toContain('# ftconform reproducer: one two\n');
    expect(source).toContain('# Scenario:\n#   c = {}\n');
    expect(source).toContain('(default 60 s)');
  });

  it('writes the allowed outcomes as Python string literals of their canonical JSON', () => {
    const source = renderReproducer(input(twoIncrements(), INCREMENTS_SERIAL));
    for (const o of INCREMENTS_SERIAL) expect(source).toContain(`    ${JSON.stringify(o)},\n`);
  });

  it.each<[string, Scenario]>([
    ['dict setdefault race', setdefaultRace()],
    ['dict increments without a lock (lost updates allowed)', twoIncrements()],
    ['set add/discard', scenarioOf('set', [[call('set.add', 'a'), call('set.discard', 'b')], [call('set.add', 'b')]])],
  ])('with a complete ALLOWED set it exits 0 after its budget under python3: %s', async (_, scenario) => {
    const run = await runPython(renderReproducer(input(scenario, complete(scenario))), ['0.3']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^not reproduced: [1-9]\d* runs in 0 s, outcomes all allowed/);
  });

  it('exits 1 and prints the outcome when it sees one outside ALLOWED', async () => {
    // Nothing allowed: the first outcome is already "forbidden".
    const run = await runPython(renderReproducer(input(setdefaultRace(), [])), ['5']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^FORBIDDEN outcome seen after \d+ runs:\n +\d+ +\[\[(10|20)\],\[(10|20)\],\{"d":\[\[1,(10|20)\]\]\}\]/);
  });

  it('with FORBIDDEN outcomes (windowed reads) it looks for those and passes everything else', async () => {
    const seen = outcome([[10], [10]], { d: [[1, 10]] });
    const run = await runPython(renderReproducer(input(setdefaultRace(), [], { forbidden: [seen] })), ['5']);
    // Half of the serial orders give the outcome named forbidden here: it turns up at once.
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`FORBIDDEN outcome seen after`);
    const never = await runPython(renderReproducer(input(setdefaultRace(), [], { forbidden: [outcome([[1], [2]], { d: [] })] })), ['0.3']);
    expect(never.exitCode).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { Property } from '../../src/engine/property.ts';
import { runPlan } from '../../src/shard/runPlan.ts';

const prop = (suite: string, name: string): Property => ({
  suite, kind: 'conformance', name,
  shape: { containers: ['dict'], ops: ['dict.setitem', 'dict.get'], threads: { min: 2, max: 2 }, opsPerThread: { min: 1, max: 2 }, lockModes: ['none'] },
});
const SUITES = { dict: [prop('dict', 'a'), prop('dict', 'b')], set: [prop('set', 'a')] };

describe('runPlan --property', () => {
  it('keeps only the property of that exact name in the selected suites (a replay runs one case)', () => {
    const plan = runPlan({ profile: 'quick', budgetMs: undefined, shard: undefined, property: 'b' }, SUITES, ['dict', 'set'], 1);
    expect(plan.props.map((p) => `${p.suite}/${p.name}`)).toEqual(['dict/b']);
    expect(plan.planned).toBe(1);
    expect(plan.select(0, SUITES.dict[0]).run).toBe(false);
    expect(plan.select(0, SUITES.dict[1]).run).toBe(true);
  });

  it('a name in two suites runs in each selected one; an unknown name plans nothing', () => {
    expect(runPlan({ profile: 'quick', budgetMs: undefined, shard: undefined, property: 'a' }, SUITES, ['dict', 'set'], 1).planned).toBe(2);
    expect(runPlan({ profile: 'quick', budgetMs: undefined, shard: undefined, property: 'zz' }, SUITES, ['dict'], 1).planned).toBe(0);
  });
});

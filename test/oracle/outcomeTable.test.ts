import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { enumerateOutcomes } from '../../src/oracle/enumerateOutcomes.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { outcomeTable } from '../../src/oracle/outcomeTable.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { reachesOutcome, type Position } from '../../src/oracle/reachesOutcome.ts';
import { searchSpace, type Granularity } from '../../src/oracle/searchSpace.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { scenarioArb } from '../../generators/scenario.ts';
import { allSuites } from '../../suites/allSuites.ts';
import { call, outcome, scenarioOf } from './scenarioOf.ts';

const NODES = 50_000;

/**
 * Outcomes to ask about: those enumerated (a windowed read's window replaced by a result some other outcome has
 * there, or by the states' own first reading), and each of them with one result or the final state changed to
 * another outcome's: reachable and unreachable ones both.
 */
const questions = (enumerated: readonly string[], n: number): PyValue[][][] => {
  const parsed = enumerated.map((o) => JSON.parse(o) as PyValue[][]);
  const concrete = (v: PyValue) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && 'w' in v);
  const at = (t: number, i: number) => parsed.map((o) => o[t][i]).filter(concrete);
  const out: PyValue[][][] = [];
  for (const [k, o] of parsed.entries()) {
    const base = o.map((rs, t) => (t === n ? rs : rs.map((r, i) => (concrete(r) ? r : at(t, i)[k % Math.max(1, at(t, i).length)] ?? []))));
    out.push(base);
    const other = parsed[(k * 7 + 3) % parsed.length];
    for (let t = 0; t < n; t++) {
      for (let i = 0; i < base[t].length; i++) {
        const alt = at(t, i)[(k + t + i) % Math.max(1, at(t, i).length)];
        if (alt !== undefined) out.push(base.map((rs, u) => (u === t ? rs.map((r, j) => (j === i ? alt : r)) : rs)));
        // An element no state held, in what a read returned (a windowed read's check must refuse it).
        const r = base[t][i];
        if (Array.isArray(r)) out.push(base.map((rs, u) => (u === t ? rs.map((x, j) => (j === i ? [...r, 999] : x)) : rs)));
      }
    }
    out.push([...base.slice(0, n), other[n]]);
    if (out.length > 80) break;
  }
  return out;
};

const agreeOn = (s: Scenario) => {
  const plan = planOf(s);
  const n = plan.threads.length;
  for (const g of ['atomic', 'split'] as Granularity[]) {
    const table = outcomeTable(plan, g, NODES);
    if (!table) continue;
    const space = searchSpace(plan, g);
    const positions: Position[] = plan.threads.flatMap((ops, t) => ops.map((_, i): Position => [t, i]));
    for (const o of questions([...enumerateOutcomes(plan, g, NODES).outcomes], n)) {
      expect(table.has(o), `${g} ${JSON.stringify(o)}`).toBe(reachesOutcome(plan, space, o, { maxNodes: NODES }) === 'yes');
      const wild = positions[JSON.stringify(o).length % positions.length];
      expect(table.has(o, [wild]), `${g} ${JSON.stringify(o)} @${wild}`)
        .toBe(reachesOutcome(plan, space, o, { wildcard: wild, maxNodes: NODES }) === 'yes');
    }
  }
};

describe('outcomeTable', () => {
  it('answers as the search does on scenarios of every suite (windowed reads, locks, pairs, iterators)', () => {
    const shapes = Object.values(allSuites).flat().filter((p) => p.kind === 'conformance').map((p) => p.shape);
    for (const [k, shape] of shapes.entries()) {
      for (const s of fc.sample(scenarioArb(shape), { seed: 4242 + k, numRuns: 3 })) agreeOn(s);
    }
  });

  it('checks a windowed read by its window, exactly when the window saw one state', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 2, 0)], [call('dict.iterate')]], { initial: [[1, 0]] });
    const table = outcomeTable(planOf(s), 'split', NODES)!;
    const final = { d: [[1, 0], [2, 0]] } as never;
    const parse = (o: string) => JSON.parse(o) as PyValue[][];
    expect(table.has(parse(outcome([[null], [{ e: 'RuntimeError' }]], final)))).toBe(true);
    expect(table.has(parse(outcome([[null], [[1]]], final)))).toBe(true);
    expect(table.has(parse(outcome([[null], [[1, 3]]], final)))).toBe(false);
    expect(table.has(parse(outcome([[null], [[1, 3]]], final)), [[1, 0]])).toBe(true);
  });

  it('gives up past its bound, and the expectations then search outcome by outcome', () => {
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.len')]]);
    expect(outcomeTable(planOf(s), 'split', 2)).toBeUndefined();
    // Many questions of one plan (past the point where the table is built) keep their answers.
    const e = expectationsOf(planOf(s));
    const between = outcome([[null], [1]], { d: [[1, 0], [2, 0]] });
    const never = outcome([[null], [3]], { d: [[1, 0], [2, 0]] });
    for (let k = 0; k < 3; k++) {
      expect(e.reaches(outcome([[null], [k + 10]], { d: [] }), 'split')).toBe('no');
    }
    expect(e.reaches(between, 'split')).toBe('yes');
    expect(e.reaches(never, 'split')).toBe('no');
    expect(e.reaches(between, 'atomic')).toBe('no');
    expect(e.reaches(never, 'split', [1, 0])).toBe('yes');
  });
});

import { describe, expect, it } from 'vitest';
import { createDrawBook } from '../../src/engine/drawBook.ts';
import type { ScenarioVerdict } from '../../src/engine/judgeScenario.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { scenarioKey } from '../../src/engine/scenarioKey.ts';
import { observation } from './fixtures.ts';
import { call, scenarioOf } from '../oracle/scenarioOf.ts';

const verdict = (status: ScenarioVerdict['status']): ScenarioVerdict =>
  ({ status, message: status, histogram: [], overlap: { timed: 0, overlapped: 0, interleavedShare: 0 }, interesting: 0 });
const scenarios = [1, 2, 3, 4].map((v) => scenarioOf('dict', [[call('dict.setitem', v, v)], [call('dict.get', v)]]));

describe('drawBook', () => {
  it('grades draws lowest first until one shows a finding, the others only when asked', () => {
    const graded: number[] = [];
    const book = createDrawBook((s: Scenario) => verdict(s === scenarios[1] ? 'failed' : 'passed'), (k) => graded.push(k));
    for (const k of [3, 1, 0, 2]) book.add(k, scenarios[k], observation({}));
    book.judgeUntilFinding([3, 1, 0, 2]);
    expect(graded).toEqual([0, 1]);
    expect(book.judged().map((t) => t.scenario)).toEqual([scenarios[0], scenarios[1]]);
    expect(book.lookup(scenarioKey(scenarios[3]))?.verdict.status).toBe('passed');
    expect(graded).toEqual([0, 1, 3]);
    const all = book.all();
    expect(all.drawn).toEqual([0, 1, 2, 3]);
    expect(graded).toEqual([0, 1, 3, 2]);
    expect(all.tried.map((t) => t.verdict.status)).toEqual(['passed', 'failed', 'passed', 'passed']);
  });

  it('takes each draw once', () => {
    const book = createDrawBook(() => verdict('passed'), () => {});
    expect(book.add(0, scenarios[0], observation({}))).toBe(true);
    expect(book.add(0, scenarios[0], observation({}))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import { judgeScenario, noContention } from '../../src/engine/judgeScenario.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { INCREMENTS_SERIAL, LOST_UPDATE, outcome, twoIncrements } from '../oracle/scenarioOf.ts';
import { ftInterp, observation } from './fixtures.ts';

const [SERIAL_A, SERIAL_B] = INCREMENTS_SERIAL;
const unlocked = expectationsOf(planOf(twoIncrements('none')));
const locked = expectationsOf(planOf(twoIncrements('all')));
const FT = ftInterp();
const TYPE_ERROR = outcome([[{ e: 'TypeError' }], [1]], { d: [[1, 1]] });

describe('judgeScenario', () => {
  it('after an outcome it cannot decide, searches the others within a smaller bound, and a shared budget', () => {
    // An oracle whose space is past every bound: each outcome is UNDECIDED, and each search would walk all of it.
    const bounds: (number | undefined)[] = [];
    const e = { ...unlocked, reaches: (_o: string, g: string, _w?: unknown, maxNodes?: number) => {
      if (g === 'split') bounds.push(maxNodes);
      return 'unknown' as const;
    } };
    const hist = Object.fromEntries(Array.from({ length: 80 }, (_, k) => [outcome([[k], [1]], { d: [[1, k]] }), 100 - k]));
    const v = judgeScenario(e, observation(hist), 'conformance', FT);
    expect(v.status).toBe('inconclusive');
    // The first with the oracle's bound; 50 more share 1,000,000 nodes at 20,000 each; the rest 2,000 each.
    expect(bounds[0]).toBeUndefined();
    expect(bounds.slice(1, 51).every((b) => b === 20_000)).toBe(true);
    expect(bounds.slice(51)).toEqual(Array.from({ length: 29 }, () => 2_000));
  });

  it('passes a conformance scenario with only acceptable outcomes', () => {
    const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 60, [SERIAL_B]: 40 }), 'conformance', FT);
    expect(v.status).toBe('passed');
    expect(v.message).toBe('100 runs, no forbidden outcome');
    expect(v.interesting).toBe(0);
  });

  it.each([
    ['crash', 'crashed', 'killed by SIGSEGV while running scenario s0'],
    ['hang', 'hung', 'watchdog fired'],
    ['error', 'error', 'exit status 3'],
  ] as const)('a %s observation becomes %s with its message', (obsStatus, status, message) => {
    const v = judgeScenario(unlocked, observation({}, { status: obsStatus, message, runs: 0 }), 'conformance', FT);
    expect(v).toMatchObject({ status, message, histogram: [] });
  });

  it('a crash wins over the outcomes seen before it', () => {
    const v = judgeScenario(locked, observation({ [LOST_UPDATE]: 1 }, { status: 'crash', message: 'SIGSEGV' }), 'conformance', FT);
    expect(v.status).toBe('crashed');
  });

  it('a FORBIDDEN outcome fails the scenario, with the broken guarantee and the blamed operation', () => {
    const v = judgeScenario(locked, observation({ [SERIAL_A]: 97, [LOST_UPDATE]: 3 }), 'conformance', FT);
    expect(v.status).toBe('failed');
    expect(v.message).toMatch(/^FORBIDDEN outcome in 3 of 100 runs: /);
    expect(v.broken).toBe(operation('dict.rmw-increment').doc);
    expect(v.blamed).toEqual([0, 0]);
  });

  it('a corrupted structure fails it with the broken guarantee, blaming no operation (none of their steps reaches it)', () => {
    const CORRUPT = outcome([[1], [2]], { x: 'd[1] is missing but iteration gave it with 2' } as never);
    const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 9, [CORRUPT]: 1 }), 'conformance', FT);
    expect(v.status).toBe('failed');
    expect(v.message).toContain('corrupted structure after the run');
    expect(v.broken).toBe(operation('dict.rmw-increment').doc);
    expect(v.blamed).toBeUndefined();
  });

  it('an exception the op may not raise is an error, not a failure', () => {
    const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 9, [TYPE_ERROR]: 1 }), 'conformance', FT);
    expect(v.status).toBe('error');
    expect(v.message).toContain('raised TypeError');
    expect(v.message).toContain('(1 of 10 runs)');
  });

  it('sorts the histogram FORBIDDEN first, then INTERESTING, then by count', () => {
    const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 5, [SERIAL_B]: 50, [LOST_UPDATE]: 1 }), 'conformance', FT);
    expect(v.histogram.map((g) => [g.expect, g.count])).toEqual([
      ['ACCEPTABLE_INTERESTING', 1], ['ACCEPTABLE', 50], ['ACCEPTABLE', 5],
    ]);
    expect(v.interesting).toBe(1);
  });

  it('measures the share of runs whose outcome no thread-serial order gives', () => {
    const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 3, [LOST_UPDATE]: 1 }, { timed: 4, overlapped: 2 }),
      'conformance', FT);
    expect(v.overlap).toEqual({ timed: 4, overlapped: 2, interleavedShare: 0.25 });
  });

  describe('negative controls', () => {
    it('without an interesting outcome they are inconclusive', () => {
      const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 100 }), 'negative-control', FT);
      expect(v.status).toBe('inconclusive');
      expect(v.message).toContain('never fired in 100 runs');
    });

    it('with the race observed they pass', () => {
      const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 90, [LOST_UPDATE]: 10 }), 'negative-control', FT);
      expect(v.status).toBe('passed');
      expect(v.message).toBe('race observed as expected in 10 of 100 runs');
    });
  });

  describe('interpreters that cannot show contention', () => {
    it.each([
      ['the GIL on', { gilEnabled: true, cpus: 8 }, /GIL was enabled/],
      ['one CPU', { gilEnabled: false, cpus: 1 }, /single usable CPU/],
    ])('with %s a clean scenario is inconclusive', (_, interp, why) => {
      const v = judgeScenario(unlocked, observation({ [SERIAL_A]: 100 }), 'conformance', interp);
      expect(v.status).toBe('inconclusive');
      expect(v.message).toMatch(why);
    });

    it('a FORBIDDEN outcome still fails there: proof needs no contention', () => {
      const v = judgeScenario(locked, observation({ [LOST_UPDATE]: 1 }), 'conformance', { gilEnabled: true, cpus: 1 });
      expect(v.status).toBe('failed');
    });

    it('noContention explains only GIL-on or single-CPU interpreters', () => {
      expect(noContention({ gilEnabled: false, cpus: 2 })).toBeUndefined();
      expect(noContention({ gilEnabled: true, cpus: 64 })).toMatch(/GIL/);
      expect(noContention({ gilEnabled: false, cpus: 1 })).toMatch(/CPU/);
    });
  });
});

import fc from 'fast-check';
import { KEY_KINDS, keyDomain } from '../../generators/argument.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE, scenarioArb } from '../../generators/scenario.ts';
import type { ScenarioShape } from '../../generators/scenario.ts';
import { operation } from '../../src/catalogue/catalogue.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';

const ops = (s: Scenario) => s.threads.flatMap((t) => t.map((c) => c.op));
const draw = (shape: ScenarioShape, numRuns = 200) => fc.sample(scenarioArb(shape), numRuns);

describe('scenarioArb', () => {
  it('respects thread and per-thread operation counts', () => {
    fc.assert(fc.property(scenarioArb({ containers: ['list', 'dict', 'set'], threads: { min: 3, max: 4 },
      opsPerThread: { min: 2, max: 3 } }), (s) => {
      expect(s.threads.length).toBeGreaterThanOrEqual(3);
      expect(s.threads.length).toBeLessThanOrEqual(4);
      for (const t of s.threads) expect(t.length >= 2 && t.length <= 3).toBe(true);
    }));
  });

  it('defaults to 2-4 threads of 1-6 operations, any lock mode', () => {
    const drawn = draw({ containers: ['dict'] }, 300);
    const counts = drawn.flatMap((s) => s.threads.map((t) => t.length));
    expect(Math.min(...drawn.map((s) => s.threads.length))).toBeGreaterThanOrEqual(DEFAULT_SHAPE.threads.min);
    expect(Math.max(...drawn.map((s) => s.threads.length))).toBeLessThanOrEqual(DEFAULT_SHAPE.threads.max);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(new Set(drawn.map((s) => s.lock))).toEqual(new Set(['none', 'all', 'compound']));
  });

  it('draws only the named operations, of the scenario\'s own container', () => {
    const named = ['dict.setdefault', 'dict.rmw-increment', 'list.append', 'set.add'];
    fc.assert(fc.property(scenarioArb({ containers: ['list', 'dict', 'set'], ops: named }), (s) => {
      for (const id of ops(s)) {
        expect(named).toContain(id);
        expect(operation(id).container).toBe(s.container);
      }
    }));
  });

  it('gives each call as many arguments as its operation takes', () => {
    fc.assert(fc.property(scenarioArb({ containers: ['list', 'dict', 'set'] }), (s) => {
      for (const t of s.threads) for (const c of t) expect(c.args).toHaveLength(operation(c.op).args.length);
    }));
  });

  it('draws only the listed lock modes', () => {
    fc.assert(fc.property(scenarioArb({ containers: ['set'], lockModes: ['compound'] }), (s) => {
      expect(s.lock).toBe('compound');
    }));
  });

  it("'empty' starts every scenario from an empty container", () => {
    fc.assert(fc.property(scenarioArb({ containers: ['list', 'dict', 'set'], initial: 'empty' }), (s) => {
      expect(s.initial).toEqual([]);
    }));
  });

  it('initial states are valid: unique dict keys and set members', () => {
    fc.assert(fc.property(scenarioArb({ containers: ['dict', 'set'] }), (s) => {
      const keys = s.container === 'dict' ? (s.initial as [unknown, unknown][]).map(([k]) => k) : s.initial;
      expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(keys.length);
    }));
  });

  it("a scenario's keys are all of one kind's domain (ints and strings only when the kind mixes them)", () => {
    fc.assert(fc.property(scenarioArb({ containers: ['dict', 'set'] }), (s) => {
      const keys = [
        ...(s.container === 'dict' ? (s.initial as [unknown, unknown][]).map(([k]) => k) : s.initial),
        ...s.threads.flatMap((t) => t.flatMap((c) => operation(c.op).args.flatMap((kind, i) => {
          const a = c.args[i];
          if (kind === 'key') return [a];
          if (kind === 'keys') return a as unknown[];
          if (kind === 'items') return (a as { d: [unknown, unknown][] }).d.map(([k]) => k);
          return [];
        }))),
      ].map((k) => JSON.stringify(k));
      const domains = KEY_KINDS.map((key) => new Set(keyDomain({ key, value: 'small' }).map((k) => JSON.stringify(k))));
      expect(domains.some((d) => keys.every((k) => d.has(k)))).toBe(true);
    }));
  });

  it('a container without any named operation is never drawn', () => {
    fc.assert(fc.property(scenarioArb({ containers: ['list', 'dict'], ops: ['dict.pop'] }), (s) => {
      expect(s.container).toBe('dict');
    }));
  });

  it('refuses a shape that names no operation of its containers', () => {
    expect(() => scenarioArb({ containers: ['list'], ops: ['dict.pop'] })).toThrow(/no catalogue operation matches/);
  });

  it('is deterministic for a seed', () => {
    const shape: ScenarioShape = { containers: ['list', 'dict', 'set'] };
    expect(fc.sample(scenarioArb(shape), { seed: -42, numRuns: 50 }))
      .toEqual(fc.sample(scenarioArb(shape), { seed: -42, numRuns: 50 }));
    expect(fc.sample(scenarioArb(shape), { seed: -42, numRuns: 50 }))
      .not.toEqual(fc.sample(scenarioArb(shape), { seed: 43, numRuns: 50 }));
  });

  describe('broken fixtures', () => {
    it('are never drawn unless named', () => {
      const drawn = draw({ containers: ['list', 'dict', 'set'] }, 500);
      expect(drawn.flatMap(ops).filter((id) => operation(id).fixture !== undefined)).toEqual([]);
      // The real setdefault, which the fixture copies, is drawn.
      expect(drawn.flatMap(ops)).toContain('dict.setdefault');
    });

    it('are drawn when a shape names them', () => {
      const drawn = draw({ containers: ['dict'], ops: ['fixture.dict.setdefault-unlocked'] }, 20);
      expect(new Set(drawn.flatMap(ops))).toEqual(new Set(['fixture.dict.setdefault-unlocked']));
    });
  });
});

describe('keys with a Python __eq__', () => {
  it('never meet an operation that compares several keys under a lock unless its model lets the lock go there', () => {
    const pyEq = (k: unknown) => typeof k === 'object' && k !== null && !Array.isArray(k) && ('k' in k || 'y' in k);
    fc.assert(fc.property(scenarioArb({ containers: ['dict', 'set', 'dict+dict', 'set+set'], keyKinds: ['collide', 'yield-eq'] }), (s) => {
      const calls = s.threads.flat();
      const keyed = calls.some((c) => c.args.some(pyEq)) || JSON.stringify(s.initial).includes('"k"') || JSON.stringify(s.initial).includes('"y"');
      if (keyed || calls.length > 0) {
        expect(calls.filter((c) => operation(c.op).comparesUnderLock && !operation(c.op).withPythonEq)).toEqual([]);
      }
    }), { numRuns: 200 });
  });

  it('meet d.update and d |= (their model: one insert per step, the lock possibly let go in between)', () => {
    const drawn = fc.sample(scenarioArb({ containers: ['dict'], ops: ['dict.update', 'dict.ior', 'dict.get'], keyKinds: ['collide', 'yield-eq'] }),
      { numRuns: 100, seed: 7 });
    const ids = new Set(drawn.flatMap((s) => s.threads.flat().map((c) => c.op)));
    expect(ids.has('dict.update') && ids.has('dict.ior')).toBe(true);
  });
});

describe('controlled shapes', () => {
  it('draw a schedule with each scenario, and no lock', () => {
    const shape: ScenarioShape = { containers: ['dict'], keyKinds: ['yield-eq'], lockModes: ['none'], controlled: { bound: 2 } };
    for (const s of fc.sample(scenarioArb(shape), 50)) {
      expect(s.control?.bound).toBe(2);
      expect(s.control!.schedule.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
      expect(s.lock).toBe('none');
    }
    expect(() => scenarioArb({ ...shape, lockModes: ['none', 'all'] })).toThrow(/lock mode none only/);
  });
});

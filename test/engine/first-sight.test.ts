// A finding is reported the moment it is first seen, and shrinking keeps to its own budget. Programs are
// replaced by a stand-in that takes time like a real run (so that budgets mean something): a scenario
// that pops crashes; one that clears "hangs" under a shortened watchdog only (a slow run, not a bug).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkProperty } from '../../src/engine/checkProperty.ts';
import { PROFILES } from '../../src/engine/profile.ts';
import type { Property } from '../../src/engine/property.ts';
import type { PropertyContext } from '../../src/engine/propertyContext.ts';
import { replayCommand } from '../../src/engine/replayCommand.ts';
import type { RunScenariosOptions } from '../../src/engine/runScenarios.ts';
import type { Observation } from '../../src/engine/observation.ts';
import type { ProgramItem } from '../../src/render/scenarioView.ts';
import type { CaseResult } from '../../src/results/caseResult.ts';
import { createPool } from '../../src/run/runPool.ts';
import { ftInterp } from './fixtures.ts';
import { scenarioArb } from '../../generators/scenario.ts';

const runMs = { value: 5 };
const uses = (it: ProgramItem, op: string) => it.scenario.threads.some((ops) => ops.some((c) => c.op === op));
const observe = (it: ProgramItem): Observation => {
  const base = { message: 'ok', runs: 100, timed: 0, overlapped: 0, seconds: 0.25, hist: {} };
  if (uses(it, 'dict.pop')) return { ...base, status: 'crash', message: 'died of SIGSEGV', signal: 'SIGSEGV' };
  if (uses(it, 'dict.clear') && it.watchdogS !== undefined) return { ...base, status: 'hang', message: 'watchdog fired' };
  return { ...base, status: 'ok' };
};
vi.mock('../../src/engine/runScenarios.ts', () => ({
  runScenarios: async (_pool: unknown, _interp: unknown, items: readonly ProgramItem[], _batch: number, opts: RunScenariosOptions = {}) => {
    await new Promise<void>((resolve) => {
      const stop = () => { clearTimeout(t); resolve(); };
      const t = setTimeout(() => { opts.signal?.removeEventListener('abort', stop); resolve(); }, runMs.value);
      opts.signal?.addEventListener('abort', stop, { once: true });
    });
    if (opts.signal?.aborted) return new Map<string, Observation>();
    const obs = new Map(items.map((it) => [it.id, observe(it)]));
    opts.onObservations?.(obs);
    return obs;
  },
}));

const prop: Property = {
  suite: 'dict', kind: 'conformance', name: 'pops crash',
  shape: { containers: ['dict'], ops: ['dict.pop', 'dict.clear', 'dict.setitem', 'dict.get', 'dict.len'], threads: { min: 2, max: 3 },
    opsPerThread: { min: 2, max: 4 }, lockModes: ['none'] },
};
const work = mkdtempSync(join(tmpdir(), 'ftconform-sight-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ctx = (over: Partial<PropertyContext> = {}): PropertyContext => {
  const interp = ftInterp();
  return { interp, pool: createPool(1), profile: PROFILES.quick, seed: 77, reproDir: join(work, 'repro'), arbitrary: scenarioArb,
    replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite), ...over };
};
const ops = (c: { scenario: CaseResult['scenario'] }) => c.scenario.threads.flat().length;

describe('first sight', () => {
  it('reports the unshrunk finding with its replay command before shrinking, and the final case carries both', async () => {
    runMs.value = 5;
    const events: string[] = [];
    let seen: CaseResult | undefined;
    let shrunk: CaseResult | undefined;
    const result = await checkProperty(prop, ctx({ onFirstSight: (c) => { events.push('sight'); seen = c; },
      onReproducer: (c) => { events.push('reproducer'); shrunk = c; } }));
    events.push('done');
    expect(events).toEqual(['sight', 'reproducer', 'done']);
    expect(shrunk?.reproducer).toBe(result.reproducer);
    expect(shrunk?.scenario).toEqual(result.scenario);
    expect(seen?.status).toBe('crashed');
    const f = seen!.firstSight!;
    expect(f.replay).toMatch(new RegExp(`--seed=77 --path=${f.draw} --suite dict$`));
    expect(seen!.scenario).toEqual(f.scenario);
    // The final case: shrunk from that draw, and carrying it.
    expect(result.status).toBe('crashed');
    expect(result.path.split(':')[0]).toBe(String(f.draw));
    expect(result.firstSight).toEqual({ ...f, afterMs: result.firstSight!.afterMs });
    expect(ops(result)).toBeLessThan(ops(f));
    expect(result.shrink).toMatchObject({ stopped: false, budgetMs: PROFILES.quick.shrinkMs });
  });
});

describe('shrinking', () => {
  it('stops at its budget and reports the smallest failing scenario found so far', async () => {
    runMs.value = 40;
    const t0 = Date.now();
    let sightAt = 0;
    const result = await checkProperty(prop, ctx({ profile: { ...PROFILES.quick, shrinkMs: 300 }, onFirstSight: () => { sightAt = Date.now(); } }));
    const shrinkingMs = Date.now() - sightAt;
    expect(result.shrink).toMatchObject({ stopped: true, budgetMs: 300 });
    expect(result.status).toBe('crashed');
    expect(result.scenario.threads.flat().some((c) => c.op === 'dict.pop')).toBe(true);
    // The candidate in flight is stopped with the budget; confirmation (5 runs in one program) follows.
    expect(result.shrink!.ms).toBeLessThan(300 + 100);
    expect(shrinkingMs).toBeLessThan(300 + 2 * 40 + 200);
    expect(sightAt - t0).toBeGreaterThan(0);
  });

  it('a hang under a shortened watchdog does not count as failing when a crash is being shrunk', async () => {
    runMs.value = 1;
    const result = await checkProperty(prop, ctx());
    expect(result.status).toBe('crashed');
    expect(result.scenario.threads.flat().some((c) => c.op === 'dict.pop')).toBe(true);
    expect(result.reproduced).toEqual({ hits: PROFILES.quick.confirmRuns, tries: PROFILES.quick.confirmRuns });
  });
});

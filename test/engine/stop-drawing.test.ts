// A case whose programs keep crashing stops starting new ones once a crash settled its verdict, or after
// BROKEN_PROGRAMS_TO_STOP programs broke (each would crash again or wait out a hang's detection). Programs are
// replaced by a stand-in that runs each batch as one program and asks `skip` first, as runScenarios does.
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
import { createPool } from '../../src/run/runPool.ts';
import { ftInterp } from './fixtures.ts';
import { scenarioArb } from '../../generators/scenario.ts';

const crashing = { value: true };
const started = { programs: 0 };
vi.mock('../../src/engine/runScenarios.ts', () => ({
  runScenarios: async (_pool: unknown, _interp: unknown, items: readonly ProgramItem[], batch: number, opts: RunScenariosOptions = {}) => {
    const all = new Map<string, Observation>();
    for (let i = 0; i < items.length; i += batch) {
      if (opts.skip?.()) continue;
      started.programs++;
      // The program's first scenario crashes it (the rest never ran: a real runner reruns them, as programs
      // of their own, which ask `skip` again); or every scenario passes.
      const chunk = items.slice(i, i + batch);
      const base = { message: 'ok', runs: 100, timed: 0, overlapped: 0, seconds: 0.25, hist: {} };
      const obs = new Map<string, Observation>(crashing.value
        ? [[chunk[0].id, { ...base, status: 'crash', message: 'died of SIGSEGV', signal: 'SIGSEGV' }]]
        : chunk.map((it) => [it.id, { ...base, status: 'ok' }]));
      opts.onObservations?.(obs);
      for (const [id, o] of obs) all.set(id, o);
    }
    return all;
  },
}));

const prop: Property = {
  suite: 'dict', kind: 'conformance', name: 'every program crashes',
  shape: { containers: ['dict'], ops: ['dict.setitem', 'dict.get', 'dict.len'], threads: { min: 2, max: 2 },
    opsPerThread: { min: 1, max: 2 }, lockModes: ['none'] },
};
const work = mkdtempSync(join(tmpdir(), 'ftconform-stop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const profile = { ...PROFILES.default, batch: 1, shrinkMs: 300, confirmRuns: 1 };
const ctx = (): PropertyContext => {
  const interp = ftInterp();
  return { interp, pool: createPool(1), profile, seed: 5, reproDir: join(work, 'repro'), arbitrary: scenarioArb,
    replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite) };
};

describe('a case whose programs keep crashing', () => {
  it(`starts no more programs for its draws once a crash settled its verdict, and says how many draws it left`, async () => {
    crashing.value = true;
    started.programs = 0;
    const result = await checkProperty(prop, ctx());
    expect(result.status).toBe('crashed');
    expect(result.message).toContain(`stopped drawing once a draw crashed (its verdict settled) (${profile.scenarios - 1} draws not run)`);
    // BROKEN_PROGRAMS_TO_STOP still bounds programs that break without settling anything (a known issue's
    // crash): here the first crash was enough.
    expect(result.draws?.length).toBe(1);
  });

  it('runs every draw when its programs pass', async () => {
    crashing.value = false;
    started.programs = 0;
    const result = await checkProperty(prop, ctx());
    expect(result.status).toBe('passed');
    expect(started.programs).toBe(profile.scenarios);
    expect(result.message).not.toContain('stopped drawing');
  });
});

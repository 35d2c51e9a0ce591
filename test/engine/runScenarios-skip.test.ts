import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/engine/runScenarios.ts';
import { createPool } from '../../src/run/runPool.ts';
import { twoIncrements } from '../oracle/scenarioOf.ts';
import { ftInterp } from './fixtures.ts';

describe('runScenarios with skip', () => {
  it('starts no program while skip says so: its scenarios get no observation', async () => {
    const interp = ftInterp({ path: '/nonexistent/python3.13t' });
    const items = [0, 1, 2].map((i) => ({ id: `s${i}`, scenario: twoIncrements(), budgetS: 0.05, maxRuns: 10, seed: i }));
    let asked = 0;
    let ended = 0;
    const obs = await runScenarios(createPool(1), interp, items, 1,
      { skip: () => { asked++; return true; }, onObservations: () => { ended++; } });
    expect([obs.size, asked, ended]).toEqual([0, 3, 0]);
    // Without skip the programs are started (and end at once: the interpreter does not exist).
    await runScenarios(createPool(1), interp, items, 1, { skip: () => false, onObservations: () => { ended++; } });
    expect(ended).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { incrementControl, setdefaultRace } from '../../src/bench/contenders.ts';
import { renderBare, renderBarrierBaseline, renderRawRate } from '../../src/bench/renderBench.ts';
import { jsonLines, runPython } from '../render/python.ts';

/** What a bench program printed, run under the machine's python3 (any CPython 3: GIL or not). */
const record = async (source: string) => {
  const run = await runPython(source);
  expect(run.exitCode, run.stderr).toBe(0);
  const lines = jsonLines(run.stdout);
  expect(lines).toHaveLength(1);
  return lines[0] as { id: string; runs: number; seconds: number };
};

describe('the bench programs', () => {
  it('the bare loop runs the operations in whole rounds of 512 and stops at its budget, with 2 and 3 threads', async () => {
    for (const s of [setdefaultRace(2), incrementControl(2), setdefaultRace(3)]) {
      const source = renderBare(s, 0.3, 2);
      expect(source).toContain(s.threads[0][0].op === 'dict.setdefault' ? 'c.setdefault(1, 10)' : 'c.get(1, 0) + 1');
      const r = await record(source);
      expect(r.id).toBe('bench');
      expect(r.runs).toBeGreaterThan(0);
      expect(r.runs % 512).toBe(0);
      expect(r.seconds).toBeGreaterThanOrEqual(0.3);
      expect(r.seconds).toBeLessThan(30);
    }
  });

  it('meets only the other threads, every MEET elements, as the engine does', () => {
    const source = renderBare(setdefaultRace(3), 1, 4);
    expect(source).toMatch(/^MEET = 4$/m);
    const w0 = source.slice(source.indexOf('def w0('), source.indexOf('def w1('));
    expect(w0).toContain('while prog[1] < base + j0:');
    expect(w0).toContain('while prog[2] < base + j0:');
    expect(w0).not.toContain('while prog[0] < base + j0:');
  });

  it('the barrier baseline and the raw rate print one record with their runs', async () => {
    for (const source of [renderBarrierBaseline(setdefaultRace(2), 0.2), renderRawRate(setdefaultRace(2), 0.2)]) {
      const r = await record(source);
      expect(r.runs).toBeGreaterThan(0);
    }
  });
});

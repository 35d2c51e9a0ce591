// Splitting a run into shards and merging them gives the unsharded run: same cases, same draws, same
// verdicts, counterexamples and replay commands. Programs are replaced by a deterministic stand-in
// (fakeRunScenarios), so that the two runs can be compared exactly; the real thing runs in
// test/cli/shard-merge.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkProperty } from '../../src/engine/checkProperty.ts';
import type { Property } from '../../src/engine/property.ts';
import { replayCommand } from '../../src/engine/replayCommand.ts';
import type { CaseResult } from '../../src/results/caseResult.ts';
import { RESULTS_FORMAT, type RunRecord } from '../../src/results/runRecord.ts';
import { createPool } from '../../src/run/runPool.ts';
import { mergeResults } from '../../src/shard/mergeResults.ts';
import { runPlan } from '../../src/shard/runPlan.ts';
import type { Shard } from '../../src/results/shard.ts';
import { ftInterp } from '../engine/fixtures.ts';
import { scenarioArb } from '../../generators/scenario.ts';

vi.mock('../../src/engine/runScenarios.ts', async () => ({ runScenarios: (await import('./fakeRunScenarios.ts')).fakeRunScenarios }));

const dict = (name: string, ops: string[], kind: Property['kind'] = 'conformance'): Property => ({
  suite: 'dict', kind, name,
  shape: { containers: ['dict'], ops, threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
});
const SUITES: Record<string, readonly Property[]> = {
  dict: [
    dict('pops crash', ['dict.setitem', 'dict.get', 'dict.pop', 'dict.len']),
    dict('clears hang, pops crash', ['dict.setitem', 'dict.clear', 'dict.popitem', 'dict.contains']),
    dict('reads pass', ['dict.setitem', 'dict.get', 'dict.contains', 'dict.len']),
    // Never fires with the stand-in: it takes its extra draws, and must stay whole in one shard.
    dict('negative control', ['dict.setitem', 'dict.get'], 'negative-control'),
    dict('pops crash again', ['dict.pop', 'dict.len', 'dict.setitem']),
  ],
};

const work = mkdtempSync(join(tmpdir(), 'ftconform-shard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One shard (or the whole run) as `ftconform run` does it: the plan's properties and draws. */
const runShard = async (seed: number, shard: Shard | undefined): Promise<{ run: RunRecord; cases: CaseResult[] }> => {
  const interp = ftInterp();
  const plan = runPlan({ profile: 'quick', budgetMs: undefined, shard }, SUITES, ['dict'], 1);
  const pool = createPool(1);
  const cases: CaseResult[] = [];
  for (const prop of plan.props) {
    const mine = plan.select(0, prop);
    if (!mine.run) continue;
    cases.push(await checkProperty(prop, {
      interp, pool, profile: plan.profile, seed, reproDir: join(work, 'repro'), inShard: mine.draws, arbitrary: scenarioArb,
      replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite),
    }));
  }
  const run: RunRecord = { record: 'run', format: RESULTS_FORMAT, tool: 'ftconform test', seed, profile: 'quick', suites: ['dict'],
    ...(shard ? { shard } : {}), plan: plan.fingerprint, planned: plan.planned, interps: [interp], startedAt: '2026-01-01T00:00:00Z' };
  return { run, cases };
};

/** What must not depend on how the run was split (durations and times do). */
const comparable = (c: CaseResult) => ({ ...c, durationMs: 0, oracleMs: 0, overlap: { ...c.overlap, interleavedShare: Math.round(c.overlap.interleavedShare * 1e9) },
  firstSight: c.firstSight && { ...c.firstSight, afterMs: 0 }, shrink: c.shrink && { ...c.shrink, ms: 0 } });

describe('a sharded run, merged, is the unsharded run', () => {
  it.each([[1234, 2], [-77, 3], [5, 4], [99, 4]])('seed %i in %i shards', async (seed, total) => {
    const whole = await runShard(seed, undefined);
    // The stand-in makes findings: crashes and hangs, shrunk to counterexamples with replay paths.
    expect(whole.cases.map((c) => c.status)).toContain('crashed');
    expect(whole.cases.some((c) => c.path.includes(':'))).toBe(true);

    const shards = await Promise.all(Array.from({ length: total }, (_, k) => runShard(seed, { index: k + 1, total })));
    // Balanced by expected time (5 properties × 6 draws of equal weight), to within one unit.
    const weights = shards.map((s) => s.cases.reduce((a, c) => a + c.draws!.filter((d) => d.draw < 6).length, 0));
    expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(6);
    // A property split over shards runs each draw exactly once.
    const draws = shards.flatMap((s) => s.cases.flatMap((c) => c.draws!.map((d) => `${c.name}#${d.draw}`)));
    expect(new Set(draws).size).toBe(draws.length);
    expect(shards.some((s) => s.cases.some((c) => c.draws!.length < 6 && c.property !== 'negative control'))).toBe(true);

    const merged = mergeResults(shards.map((s, k) => ({ source: `shard${k}`, results: { ...s, end: undefined, unreadable: 0 } })), 'now');
    if (!merged.ok) throw new Error(merged.problem);
    expect(merged.summary.cases.map(comparable)).toEqual(whole.cases.map(comparable));
  }, 120_000);
});

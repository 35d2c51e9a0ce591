import { describe, expect, it } from 'vitest';
import { observationsOf } from '../../src/engine/observationsOf.ts';
import { classifyRun } from '../../src/run/classifyRun.ts';
import { placeReports } from '../../src/tsan/placeReports.ts';
import { tsanFixture } from '../tsan/fixture.ts';
import { programRun } from './fixtures.ts';

const record = (id: string, runs = 512) =>
  ({ id, runs, hist: { '[[1],[2],{"d":[[1,2]]}]': runs }, timed: 64, overlapped: 3, sync: 'spin', seconds: 0.25 });

describe('observationsOf', () => {
  it('turns every result record into an ok observation', () => {
    const obs = observationsOf(programRun({ records: [record('s0'), record('s1', 1024)], started: ['s0', 's1'] }));
    expect([...obs.keys()]).toEqual(['s0', 's1']);
    expect(obs.get('s1')).toEqual({ status: 'ok', message: 'ok', hist: { '[[1],[2],{"d":[[1,2]]}]': 1024 },
      runs: 1024, timed: 64, overlapped: 3, sync: 'spin', seconds: 0.25 });
  });

  it('attributes a crash to the unfinished scenario, and leaves out the ones that never started', () => {
    const obs = observationsOf(programRun({
      status: 'crash', message: 'killed by SIGSEGV while running scenario s1', signal: 'SIGSEGV',
      traceback: 'Fatal Python error: Segmentation fault', records: [record('s0')], started: ['s0', 's1'],
      unfinished: 's1', durationMs: 1500,
    }));
    expect([...obs.keys()]).toEqual(['s0', 's1']);
    expect(obs.get('s0')?.status).toBe('ok');
    expect(obs.get('s1')).toEqual({ status: 'crash', message: 'killed by SIGSEGV while running scenario s1',
      hist: {}, runs: 0, timed: 0, overlapped: 0, signal: 'SIGSEGV',
      traceback: 'Fatal Python error: Segmentation fault', seconds: 1.5 });
    expect(obs.has('s2')).toBe(false);
  });

  it('blames the last started scenario when none is marked unfinished', () => {
    const obs = observationsOf(programRun({ status: 'hang', message: 'watchdog', records: [], started: ['s0'] }));
    expect(obs.get('s0')?.status).toBe('hang');
  });

  it('an interrupted run blames nobody: the caller runs the rest again', () => {
    const obs = observationsOf(programRun({ status: 'error', message: 'interrupted', interrupted: true,
      records: [record('s0')], started: ['s0', 's1'], unfinished: 's1' }));
    expect([...obs.keys()]).toEqual(['s0']);
  });

  it('reads missing or mistyped fields as zero / empty', () => {
    const obs = observationsOf(programRun({ records: [{ id: 's0', hist: 'garbage', runs: '7' }], started: ['s0'] }));
    expect(obs.get('s0')).toMatchObject({ hist: {}, runs: 0, timed: 0, overlapped: 0, sync: undefined, seconds: 0 });
  });

  it('gives each ThreadSanitizer report to the scenario that was running, also to one that crashed after it', () => {
    const stderr = tsanFixture('gcc-list-getitem-vs-setslice.stderr');
    const ok = observationsOf(programRun({ records: [record('s0'), record('s1')], started: ['s0', 's1'], tsanReports: placeReports(stderr) }));
    expect(ok.get('s0')?.tsanReports).toBeUndefined();
    expect(ok.get('s1')?.tsanReports?.map((p) => p.workers)).toEqual([[1, 0]]);
    const crashed = observationsOf(programRun({ status: 'crash', message: 'killed by SIGSEGV', records: [record('s0')],
      started: ['s0', 's1'], unfinished: 's1', tsanReports: placeReports(stderr) }));
    expect(crashed.get('s1')).toMatchObject({ status: 'crash', tsanReports: [expect.objectContaining({ scenarioId: 's1' })] });
  });
});

describe('classifyRun with ThreadSanitizer reports', () => {
  const raw = { stdout: '{"start": "s0"}\n{"id": "s0", "runs": 1}\n{"start": "s1"}\n{"id": "s1", "runs": 1}\n', exitCode: 0,
    timedOut: false, interrupted: false, timeoutMs: 1000, durationMs: 10 };

  it('reads the reports beside the status: a race is not how the process ended', () => {
    const run = classifyRun({ ...raw, stderr: tsanFixture('gcc-list-getitem-vs-setslice.stderr') });
    expect(run.status).toBe('ok');
    expect(run.tsanReports?.map((p) => p.scenarioId)).toEqual(['s1']);
  });

  it('reads every report even when stderr is longer than what is kept of it', () => {
    const report = tsanFixture('gcc-list-getitem-vs-setslice.stderr').replace(/^ftconform-tsan: .*\n/gm, '');
    const run = classifyRun({ ...raw, stderr: report.repeat(40) });
    expect(run.stderr.length).toBeLessThan(report.length * 40);
    expect(run.tsanReports).toHaveLength(40);
  });

  it('has none on a plain build', () => {
    expect(classifyRun({ ...raw, stderr: '' }).tsanReports).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { observationsOf } from '../../src/engine/observationsOf.ts';
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
});

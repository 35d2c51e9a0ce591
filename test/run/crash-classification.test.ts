import { describe, expect, it } from 'vitest';
import { classifyRun } from '../../src/run/classifyRun.ts';
import { fakeInterp, fixture, python, runFixture } from './fixtureRun.ts';
import { runProgram } from '../../src/run/runProgram.ts';

describe('crash classification', { timeout: 30_000 }, () => {
  it('runs a well-behaved program as ok with its records', async () => {
    const run = await runFixture('ok.py');
    expect(run).toMatchObject({ status: 'ok', exitCode: 0, timedOut: false, interrupted: false, malformed: [] });
    expect(run.started).toEqual(['s1', 's2']);
    expect(run.records).toEqual([
      { id: 's1', outcomes: { '[[1],[2]]': 3 } },
      { id: 's2', outcomes: { '[[1],[2]]': 3 } },
    ]);
    expect(run.unfinished).toBeUndefined();
    expect(run.traceback).toBeUndefined();
    expect(run.message).toBe('ok: 2 result records');
  });

  it('classifies a segfault as a crash in the unfinished scenario, with faulthandler output', async () => {
    const run = await runFixture('segfault.py');
    expect(run).toMatchObject({ status: 'crash', signal: 'SIGSEGV', unfinished: 's2', started: ['s1', 's2'] });
    expect(run.records).toEqual([{ id: 's1' }]);
    expect(run.message).toBe('killed by SIGSEGV while running scenario s2 (Fatal Python error: Segmentation fault)');
    expect(run.traceback).toMatch(/^Fatal Python error: Segmentation fault/);
    expect(run.traceback).toContain('segfault.py');
  });

  it('classifies os.abort() as a crash by SIGABRT', async () => {
    const run = await runFixture('abort.py');
    expect(run).toMatchObject({ status: 'crash', signal: 'SIGABRT', unfinished: 's1' });
    expect(run.message).toBe('killed by SIGABRT while running scenario s1 (Fatal Python error: Aborted)');
    expect(run.traceback).toMatch(/^Fatal Python error: Aborted/);
  });

  it('recognises a crash reported by a wrapper shell as exit code 139', async () => {
    const run = await runProgram({
      interp: { ...fakeInterp, path: fixture('via_shell.sh'), env: { FTCONFORM_TEST_PYTHON: python } },
      file: fixture('segfault.py'),
      timeoutMs: 20_000,
    });
    expect(run).toMatchObject({ status: 'crash', exitCode: 139, signal: 'SIGSEGV', unfinished: 's2' });
    expect(run.message).toMatch(/^exit code 139 \(SIGSEGV\) while running scenario s2/);
  });

  it('classifies a fatal error without a signal as a crash', () => {
    const run = classifyRun({
      stdout: '{"start": "s4"}\n',
      stderr: 'Fatal Python error: _PyThreadState_Attach: non-NULL old thread state\n\nThread 0x1 ...\n',
      exitCode: 1,
      timedOut: false,
      interrupted: false,
      timeoutMs: 1000,
      durationMs: 5,
    });
    expect(run.status).toBe('crash');
    expect(run.message).toBe(
      'Fatal Python error: _PyThreadState_Attach: non-NULL old thread state (exit code 1) while running scenario s4',
    );
  });

  it('classifies exit code 134 from a shell as SIGABRT', () => {
    const run = classifyRun({ stdout: '', stderr: '', exitCode: 134, timedOut: false, interrupted: false, timeoutMs: 1, durationMs: 1 });
    expect(run).toMatchObject({ status: 'crash', signal: 'SIGABRT', message: 'exit code 134 (SIGABRT)' });
  });

  it('classifies a non-zero exit as an error', async () => {
    const run = await runFixture('exit3.py');
    expect(run).toMatchObject({ status: 'error', exitCode: 3, unfinished: 's1', message: 'exit code 3 while running scenario s1' });
    expect(run.signal).toBeUndefined();
  });

  it('classifies an uncaught exception as an error and keeps its traceback', async () => {
    const run = await runFixture('exception.py');
    expect(run).toMatchObject({ status: 'error', exitCode: 1, unfinished: 's1' });
    expect(run.message).toBe('exit code 1 while running scenario s1: ValueError: boom');
    expect(run.traceback).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*ValueError: boom$/);
  });

  it('reports an interpreter that cannot start as an error without throwing', async () => {
    const run = await runProgram({ interp: { ...fakeInterp, path: '/nonexistent/python3.13t' }, file: fixture('ok.py'), timeoutMs: 5000 });
    expect(run.status).toBe('error');
    expect(run.message).toMatch(/^could not start: .*ENOENT/);
  });
});

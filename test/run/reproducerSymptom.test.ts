import { describe, expect, it } from 'vitest';
import type { KnownSymptom } from '../../src/knownIssues/knownIssue.ts';
import { reproducerSymptom, type ReproducerRun } from '../../src/run/reproducerSymptom.ts';

const run = (over: Partial<ReproducerRun>): ReproducerRun => ({ timedOut: false, stdout: '', stderr: '', ...over });
const ALL: readonly KnownSymptom[] = ['failed', 'error', 'crashed', 'hung'];

const FORBIDDEN = run({ exitCode: 1, stdout: 'FORBIDDEN outcome seen after 12 runs:\n       1  [[7], {"d": []}]\n' });
const SEGV = run({ signal: 'SIGSEGV', stderr: 'Fatal Python error: Segmentation fault\n' });
const SHELL_ABRT = run({ exitCode: 134 });
const WATCHDOG = run({ exitCode: 1, stderr: 'Timeout (0:00:33)!\nThread 0x00007f (most recent call first):\n' });
const KILLED = run({ timedOut: true, signal: 'SIGTERM' });
const EMPTY_EXIT_1 = run({ exitCode: 1 });
const HARNESS_ERROR = run({ exitCode: 1, stderr: 'Traceback (most recent call last):\n  File "x.py", line 3\nSystemError: error return without exception set\n' });
const NOT_REPRODUCED = run({ exitCode: 0, stdout: 'not reproduced: 900 runs in 30 s, outcomes all allowed\n' });

describe('reproducerSymptom', () => {
  it('a forbidden outcome reproduces an entry that names failed (or error)', () => {
    expect(reproducerSymptom(FORBIDDEN, ['failed'])).toBe('failed');
    expect(reproducerSymptom(FORBIDDEN, ['error', 'crashed'])).toBe('error');
    expect(reproducerSymptom(FORBIDDEN, ['crashed', 'hung'])).toBeUndefined();
  });

  it.each([['SIGSEGV', SEGV], ['exit 134 (SIGABRT from a shell)', SHELL_ABRT], ['exit 1, nothing printed', EMPTY_EXIT_1],
    ['a Python error out of the harness', HARNESS_ERROR]])('%s is a crash, only for an entry that names crashes', (_, r) => {
    expect(reproducerSymptom(r, ALL)).toBe('crashed');
    expect(reproducerSymptom(r, ['failed'])).toBeUndefined();
  });

  it('a Python error out of the harness is an error for an entry that names errors but not crashes', () => {
    expect(reproducerSymptom(HARNESS_ERROR, ['error'])).toBe('error');
    expect(reproducerSymptom(EMPTY_EXIT_1, ['error'])).toBeUndefined();
  });

  it.each([['the watchdog banner', WATCHDOG], ["the runner's timeout", KILLED]])('%s is a hang, never a crash', (_, r) => {
    expect(reproducerSymptom(r, ALL)).toBe('hung');
    expect(reproducerSymptom(r, ['crashed', 'failed', 'error'])).toBeUndefined();
  });

  it('a run that saw nothing shows no symptom', () => {
    expect(reproducerSymptom(NOT_REPRODUCED, ALL)).toBeUndefined();
    expect(reproducerSymptom(run({ exitCode: 2, stdout: 'usage' }), ALL)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checkInterp, checkInterpSync } from '../../src/interp/checkInterp.ts';
import { formatRefusal, type InterpCheck } from '../../src/interp/interpRefusal.ts';
import { fixturePath } from './fixturePath.ts';

const refusalOf = (c: InterpCheck) => {
  if (c.ok) throw new Error(`expected a refusal, got ${JSON.stringify(c.info)}`);
  return c.refusal;
};

// Each way an interpreter can be unusable, with the words its one-line refusal must contain.
const BAD: readonly { name: string; path: string; reason: RegExp; timeoutMs?: number }[] = [
  { name: 'a missing path', path: '/nonexistent/bin/python3.13t', reason: /does not exist/ },
  { name: 'a file that is not executable', path: fixturePath('not-executable'), reason: /is not executable/ },
  { name: 'a directory', path: '/tmp', reason: /is not a file/ },
  { name: 'a program that prints nothing', path: '/bin/true', reason: /is not a Python interpreter \(it printed nothing\)/ },
  { name: 'a program that prints garbage', path: fixturePath('garbage'), reason: /is not a Python interpreter \(it printed "Hello/ },
  { name: 'a program that exits 3', path: fixturePath('exit3'), reason: /exited with code 3 while probed \(Fatal Python error/ },
  { name: 'a malformed probe answer', path: fixturePath('malformed-fake'), reason: /malformed probe answer/ },
  { name: 'Python older than 3.13', path: fixturePath('python3.12-fake'), reason: /is Python 3\.12\.3, older than 3\.13/ },
  { name: 'a build with the GIL', path: fixturePath('gil-build-fake'), reason: /built with the GIL/ },
  { name: 'a free-threaded build with the GIL on', path: fixturePath('gil-on-fake'), reason: /GIL is on at run time/ },
  { name: 'an interpreter that crashes', path: fixturePath('segfault'), reason: /crashed with SIGSEGV while probed/ },
  { name: 'an interpreter that hangs', path: fixturePath('hang'), reason: /did not answer the probe within 0\.5 s/, timeoutMs: 500 },
];

describe('checkInterp refuses', () => {
  for (const bad of BAD) {
    it(`${bad.name}, in one line with advice and exit code 2`, async () => {
      const refusal = refusalOf(await checkInterp(bad.path, { timeoutMs: bad.timeoutMs }));
      expect(refusal.reason).toMatch(bad.reason);
      expect(refusal.exitCode).toBe(2);
      expect(refusal.advice).not.toBe('');
      const line = formatRefusal(refusal);
      expect(line).not.toContain('\n');
      expect(line.startsWith(bad.path)).toBe(true);
    });
  }

  it('a hang within the timeout, not the default 20 s', async () => {
    const started = Date.now();
    refusalOf(await checkInterp(fixturePath('hang'), { timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('the same way when blocking (checkInterpSync)', () => {
    expect(refusalOf(checkInterpSync(fixturePath('python3.12-fake'))).reason).toMatch(/older than 3\.13/);
    expect(refusalOf(checkInterpSync(fixturePath('segfault'))).reason).toMatch(/SIGSEGV/);
  });
});

describe('checkInterp accepts', () => {
  it('a free-threaded build with the GIL off, as plain data', async () => {
    const c = await checkInterp(fixturePath('free-threaded-fake'));
    expect(c).toEqual({
      ok: true,
      info: {
        path: fixturePath('free-threaded-fake'),
        version: '3.14.0',
        build: '3.14.0 free-threading build (fake)',
        freeThreaded: true,
        gilEnabled: false,
        cpus: 2,
      },
    });
  });

  it('a GIL that is on only with --allow-gil', async () => {
    const c = await checkInterp(fixturePath('gil-on-fake'), { allowGil: true });
    expect(c.ok && c.info.gilEnabled).toBe(true);
  });

  it('runs the interpreter with the extra environment and records it', async () => {
    const path = fixturePath('free-threaded-fake');
    expect(refusalOf(await checkInterp(path, { env: { PYTHON_GIL: '1' } })).reason).toMatch(/GIL is on/);
    const c = await checkInterp(path, { env: { PYTHON_GIL: '1' }, allowGil: true });
    expect(c.ok && c.info.env).toEqual({ PYTHON_GIL: '1' });
  });
});

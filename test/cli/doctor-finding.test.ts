import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../interp/fixturePath.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const dir = mkdtempSync(join(tmpdir(), 'ftconform-doctor-finding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an interpreter that crashes in the doctor', { timeout: 120_000 }, () => {
  it('is a CRASHED finding about the interpreter, with a reproducer, a JUnit file and exit 1, not an internal error', async () => {
    const reports = join(dir, 'run');
    const r = await execa(tsx, ['src/cli/main.ts', 'run', '--interp', fixturePath('crash-in-doctor'), '--profile', 'quick',
      '--suite', 'locked', '--reports', reports, '--junit', join(reports, 'junit.xml')], { cwd: root, reject: false, stdin: 'ignore' });
    expect(r.stderr).not.toContain('internal error');
    expect(r.exitCode).toBe(1);
    const reproducer = join(reports, 'repro', 'doctor-speedup.py');
    expect(r.stdout).toContain(`\n${fixturePath('crash-in-doctor')} ${reproducer}\n`
      + 'CRASHED the thread speed-up experiment: crashed in the doctor (the thread speed-up experiment): killed by SIGSEGV '
      + '(Fatal Python error: Segmentation fault)\n');
    expect(r.stdout).toMatch(/traceback \(faulthandler\):\n {2}Fatal Python error: Segmentation fault/);
    expect(r.stdout).toMatch(/\nftconform: the conformance run did not start: .*crash-in-doctor.* crashed in the doctor \(the thread speed-up experiment\)\n/);
    // No case of the run started.
    expect(r.stdout).not.toMatch(/ftconform: seed /);
    // The probe program, as it ran, is the reproducer.
    expect(readFileSync(reproducer, 'utf8')).toMatch(/^# ftconform reproducer: the doctor's probe "the thread speed-up experiment" — crashed\n[\s\S]*\n# ftconform doctor: can this interpreter's threads run Python code in parallel\?/);
    const junit = readFileSync(join(reports, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="doctor \[[^"]*\]"[^>]* tests="1" failures="0" errors="1"/);
    expect(junit).toContain('<error message="');
    expect(junit).toContain('type="crash"');
    expect(junit).toContain('Fatal Python error: Segmentation fault');
    expect(existsSync(join(reports, 'index.html'))).toBe(true);
  });
});

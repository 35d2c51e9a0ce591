import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../interp/fixturePath.ts';
import { killMarked, MARKER, markedProcesses } from '../interrupt/markedProcesses.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

/** The real CLI, as `npx tsx src/cli/main.ts …` runs it. */
const ftconform = (args: string[], env: Record<string, string> = {}) =>
  execa(tsx, ['src/cli/main.ts', ...args], { cwd: root, reject: false, env, stdin: 'ignore' });

const oneLine = (stderr: string): string => {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
};

describe('ftconform doctor refuses a bad interpreter with one line and exit code 2', () => {
  it.each([
    ['garbage', /garbage is not a Python interpreter \(it printed "Hello/],
    ['python3.12-fake', /is Python 3\.12\.3, older than 3\.13/],
    ['gil-on-fake', /GIL is on at run time.*pass --allow-gil/],
    ['segfault', /crashed with SIGSEGV/],
    ['not-executable', /is not executable; chmod \+x it/],
  ])('%s', async (name, message) => {
    const r = await ftconform(['doctor', '--interp', fixturePath(name)]);
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toMatch(new RegExp(`^ftconform: ${fixturePath(name)} `));
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a hang, bounded by FTCONFORM_PROBE_TIMEOUT_MS', async () => {
    const r = await ftconform(['doctor', '--interp', fixturePath('hang')], { FTCONFORM_PROBE_TIMEOUT_MS: '500' });
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toContain('did not answer the probe within 0.5 s');
  });

  it('a wrapper script whose child hangs: the whole process group is killed, nothing waits for the orphan', async () => {
    const token = `hang-child-${process.pid}`;
    const started = Date.now();
    try {
      const r = await execa(tsx, ['src/cli/main.ts', 'doctor', '--interp', fixturePath('hang-child')], {
        cwd: root, reject: false, stdin: 'ignore', timeout: 60_000, env: { FTCONFORM_PROBE_TIMEOUT_MS: '1000', [MARKER]: token },
      });
      expect(r.timedOut, 'ftconform waited for the orphaned sleep').toBe(false);
      expect(r.exitCode).toBe(2);
      expect(oneLine(r.stderr)).toContain('hang-child did not answer the probe within 1 s');
      // Node's start-up plus the 1 s bound; the orphan would have kept it for 600 s.
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(markedProcesses(token).map((p) => p.command)).toEqual([]);
    } finally {
      killMarked(token);
    }
  });

  it('a missing path', async () => {
    const r = await ftconform(['doctor', '--interp=/nonexistent/python3.13t']);
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'ftconform: /nonexistent/python3.13t does not exist; point --interp at a free-threaded python3.13t or newer, or run `ftconform provision`',
    );
  });
});

describe('ftconform usage', () => {
  it('refuses an unknown flag in one line, exit code 2, no stack trace', async () => {
    const r = await ftconform(['run', '--bogus']);
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^ftconform: unknown flag --bogus; valid flags: --interp PATH, /);
  });

  it('refuses --reports under a regular file before the doctor runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftconform-cli-'));
    try {
      writeFileSync(join(dir, 'file'), '');
      // The interpreter would take a doctor run (seconds); a missing one would fail differently.
      const r = await ftconform(['run', '--interp', fixturePath('hang'), '--reports', join(dir, 'file', 'reports')]);
      expect(r.exitCode).toBe(2);
      expect(oneLine(r.stderr)).toBe(`ftconform: --reports ${join(dir, 'file', 'reports')}: ${join(dir, 'file')} is a file, not a folder`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses --path without --seed instead of starting a whole run', async () => {
    const r = await ftconform(['run', '--interp', fixturePath('hang'), '--path=3:0:1']);
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^ftconform: --path needs --seed=S /);
  });

  it('refuses a missing command', async () => {
    const r = await ftconform([]);
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toContain('missing command');
  });

  it('prints usage for --help', async () => {
    const r = await ftconform(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^usage: ftconform <command>/);
    for (const command of ['run', 'doctor', 'provision']) expect(r.stdout).toContain(`  ${command} `);
  });
});

describe('npm test -- FLAGS (scripts/test.ts)', () => {
  it('refuses a bad flag in one line with exit code 2, before type-checking anything', async () => {
    const r = await execa(tsx, ['scripts/test.ts', '--bogus'], { cwd: root, reject: false, stdin: 'ignore' });
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^npm test: unknown flag --bogus; valid flags: --interp PATH, /);
  });

  it('refuses a bad interpreter with exit code 2, also before type-checking', async () => {
    const r = await execa(tsx, ['scripts/test.ts', `--interp=${fixturePath('python3.12-fake')}`], {
      cwd: root, reject: false, stdin: 'ignore',
    });
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^npm test: .*python3\.12-fake is Python 3\.12\.3, older than 3\.13/);
  });
});

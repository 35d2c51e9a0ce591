import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // Each refusal comes before anything slow: with the `hang` fixture as interpreter a probe would take
  // FTCONFORM_PROBE_TIMEOUT_MS (20 s) and end in another message, and a doctor run longer still.
  const HANG = fixturePath('hang');
  it.each([
    [['run', '--bogus'], 'ftconform: unknown flag --bogus; `ftconform run --help` lists its flags'],
    [['run', '--interp', HANG, '--profile', 'fast'], 'ftconform: --profile: "fast" is not one of quick|default|soak'],
    [['run', '--interp', HANG, '--budget=soon'], 'ftconform: --budget: "soon" is not a duration like 90s, 5m, 1h or plain seconds'],
    [['run', '--interp', HANG, '--seed=-123', '--suite', 'dict', '--property', 'no such property'],
      'ftconform: unknown --property \'no such property\' in suite dict (give a property\'s name as reports and replay commands print it)'],
    [['run', '--interp', HANG, '--suite', 'dcit'], /^ftconform: unknown suite 'dcit' \(suites: dict, list, set, /],
    [['run', '--interp', HANG, '--reports', '/proc/x'], 'ftconform: --reports /proc/x: cannot create it (ENOENT at /proc/x)'],
    [['run', '--interp', HANG, '--junit', '/proc/x/y/junit.xml'], 'ftconform: --junit /proc/x/y: cannot create it (ENOENT at /proc/x)'],
    [['provision', '--interp', HANG], /^ftconform: --interp does not apply to provision \(provision finds or builds an interpreter; to check one you have: ftconform doctor --interp PATH\)/],
    [['provision', '--version', '3.13.5'], /^ftconform: --version is ftconform's own version .*--python-version X\.Y\.Z$/],
    [['doctor', '--interp', HANG, '--seed=3'], /^ftconform: --seed does not apply to doctor \(a flag of run\)/],
    [['merge', '--interp', HANG, 'reports'], /^ftconform: --interp does not apply to merge /],
    [['run', '--path=3:0:1', '--interp', HANG], /^ftconform: --path needs --seed=S /],
    [['run', 'dict'], 'ftconform: unexpected argument "dict": ftconform run takes flags only; `ftconform run --help` lists its flags'],
    [['chek'], /^ftconform: unknown command "chek" /],
    [[], /^ftconform: missing command /],
  ])('%j: one line on stderr, exit code 2, nothing on stdout', async (args, message) => {
    const r = await execa(tsx, ['src/cli/main.ts', ...args], { cwd: root, reject: false, stdin: 'ignore', timeout: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(2);
    if (typeof message === 'string') expect(oneLine(r.stderr)).toBe(message);
    else expect(oneLine(r.stderr)).toMatch(message);
    expect(r.stdout).toBe('');
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

  it('prints its own version for --version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = await ftconform(['--version']);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, `ftconform ${version}`, '']);
  });

  it('prints the command list for --help and help', async () => {
    for (const args of [['--help'], ['help'], ['-h']]) {
      const r = await ftconform(args);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/^usage: ftconform <command>/);
      for (const command of ['run', 'doctor', 'provision', 'merge']) expect(r.stdout).toContain(`  ${command} `);
    }
  });

  it.each([
    ['run', ['--interp PATH', '--seed=S', '--property NAME', '--shard i/n|auto', '--python-version X.Y.Z', '--compare'], []],
    ['doctor', ['--interp PATH', '--allow-gil', '--tsan'], ['--seed', '--reports', '--python-version']],
    ['provision', ['--python-version X.Y.Z', '--tsan'], ['--interp', '--seed']],
    ['merge', ['--reports DIR', '--junit PATH'], ['--interp', '--seed']],
  ])('%s --help prints that command\'s flags (as help COMMAND does)', async (command, listed, absent) => {
    const r = await ftconform([command, '--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: ftconform ${command} `));
    for (const flag of listed) expect(r.stdout).toContain(`  ${flag} `);
    for (const flag of absent) expect(r.stdout).not.toContain(`  ${flag}`);
    expect((await ftconform(['help', command])).stdout).toBe(r.stdout);
  });
});

describe('npm test -- FLAGS (scripts/test.ts)', () => {
  it('refuses a bad flag in one line with exit code 2, before type-checking anything', async () => {
    const r = await execa(tsx, ['scripts/test.ts', '--bogus'], { cwd: root, reject: false, stdin: 'ignore' });
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toBe('npm test: unknown flag --bogus; `npm test -- --help` lists its flags');
  });

  it.each([
    [['--compare'], /^npm test: --compare does not apply to npm test \(it reruns differences on both interpreters: use `npx ftconform run --compare`\)/],
    [['--suite', 'dict', '--property', 'nope'], /^npm test: unknown --property 'nope' in suite dict /],
    [['--suite', 'known-issues', '--property', 'nope'], 'npm test: --property picks a property of a conformance suite; known-issues has none'],
    [['--seed', '-5', '--path=1', `--interp=${fixturePath('python3.12-fake')}`], /^npm test: .*python3\.12-fake is Python 3\.12\.3/],
  ])('refuses %j in one line with exit code 2, before type-checking anything', async (args, message) => {
    const r = await execa(tsx, ['scripts/test.ts', ...args], { cwd: root, reject: false, stdin: 'ignore' });
    expect(r.exitCode).toBe(2);
    if (typeof message === 'string') expect(oneLine(r.stderr)).toBe(message);
    else expect(oneLine(r.stderr)).toMatch(message);
  });

  it('prints its flags for --help', async () => {
    const r = await execa(tsx, ['scripts/test.ts', '--help'], { cwd: root, reject: false, stdin: 'ignore' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm test -- \[flags\]/);
    expect(r.stdout).toContain('  --interp PATH ');
    expect(r.stdout).not.toContain('--compare');
  });

  it('refuses a bad interpreter with exit code 2, also before type-checking', async () => {
    const r = await execa(tsx, ['scripts/test.ts', `--interp=${fixturePath('python3.12-fake')}`], {
      cwd: root, reject: false, stdin: 'ignore',
    });
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^npm test: .*python3\.12-fake is Python 3\.12\.3, older than 3\.13/);
  });
});

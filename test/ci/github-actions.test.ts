// action.yml (a composite action any repository can use) and .github/workflows/ftconform.yml (this
// repository's workflow on it): valid for GitHub Actions (SchemaStore's schemas, through
// @action-validator/core); the action installs ftconform itself, restores and saves the CPython build keyed
// by its version (saved also when a step failed), and its ftconform step, run here in bash with a fake
// ftconform, passes a shard with findings and fails the merge with them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArgs } from '../../src/options/parseArgs.ts';
import { read } from './ciCommands.ts';
import { fakeFtconform } from './fakeFtconform.ts';

interface Step { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> }
interface Action { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } }
interface Job { needs?: string; if?: string; 'runs-on': string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }
const ACTION = 'action.yml';
const WORKFLOW = '.github/workflows/ftconform.yml';
const action = parse(read(ACTION)) as Action;
const workflow = parse(read(WORKFLOW)) as { jobs: Record<string, Job> };
const steps = action.runs.steps;
const step = (name: string): Step => steps.find((s) => s.name === name || s.id === name || s.uses?.startsWith(`${name}@`))!;

/** Runs one of the action's bash steps with `env`, a fake ftconform first on PATH; returns its exit code and GITHUB_OUTPUT. */
const runStep = async (s: Step, env: Record<string, string>) => {
  const fake = fakeFtconform();
  const out = join(mkdtempSync(join(tmpdir(), 'ftconform-gha-')), 'output');
  writeFileSync(out, '');
  const r = await execa('bash', ['-e', '-c', s.run!], { reject: false, env: { PATH: `${fake.bin}:${process.env.PATH}`, GITHUB_OUTPUT: out, FAKE_ARGS: fake.argsFile, ...env } });
  return { exitCode: r.exitCode, stdout: r.stdout, output: readFileSync(out, 'utf8'), args: fake.args };
};

describe(ACTION, () => {
  it('is a valid composite action, and the validator does reject a broken one', () => {
    expect(validateAction(read(ACTION)).errors).toEqual([]);
    expect(validateAction('name: x\ndescription: y\nruns:\n  using: composite\n  steps: nope\n').errors).not.toEqual([]);
    expect(action.runs.using).toBe('composite');
  });

  it('takes the interpreter, CPython version, profile, shard, budget, seed and what to install; Node 24 by default', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(
      ['command', 'interpreter', 'cpython-version', 'profile', 'shard-index', 'shard-total', 'budget', 'seed', 'suites', 'package', 'node-version']));
    expect(action.inputs['node-version'].default).toBe('24');
    expect(step('actions/setup-node').with?.['node-version']).toBe('${{ inputs.node-version }}');
  });

  it('installs ftconform itself (from the action, or `package`), never `npm ci` in the checkout', () => {
    const install = step('Install ftconform').run!;
    expect(install).toContain('npm install --no-audit --no-fund --install-links --prefix "$RUNNER_TEMP/ftconform" "${PACKAGE:-$GITHUB_ACTION_PATH}"');
    // ftconform looks for the build where the cache steps put it.
    expect(install).toContain('echo "FTCONFORM_CACHE=$HOME/.cache/ftconform" >> "$GITHUB_ENV"');
    const code = (file: string) => read(file).split('\n').filter((l) => !l.trim().startsWith('#')).join('\n');
    expect(code(ACTION)).not.toMatch(/npm ci|npx /);
    expect(code(WORKFLOW)).not.toMatch(/npm ci|npx /);
  });

  it('restores the CPython build keyed by its version, and saves it even when a later step failed', () => {
    const restore = step('actions/cache/restore'), save = step('actions/cache/save');
    expect(restore.with).toEqual(save.with);
    expect(String(restore.with?.key)).toContain('${{ inputs.cpython-version }}');
    expect(String(restore.with?.path)).toBe('~/.cache/ftconform/cpython-${{ inputs.cpython-version }}t');
    expect(save.if).toMatch(/^always\(\) && /);
    expect(save.if).toContain("steps.restore.outputs.cache-hit != 'true'");
    // Saved right after the interpreter step, before the run that may find something.
    expect(steps.indexOf(save)).toBe(steps.indexOf(step('interp')) + 1);
    expect(steps.indexOf(save)).toBeLessThan(steps.indexOf(step('ftconform')));
    expect(step('actions/upload-artifact')).toMatchObject({ if: "always() && inputs.command != 'provision'" });
  });

  it('finds the interpreter: the one given, else the last line `ftconform provision --python-version V` prints', async () => {
    const given = await runStep(step('interp'), { INTERPRETER: '/opt/py/bin/python3.14t', CPYTHON_VERSION: '3.13.15' });
    expect(given.output).toBe('path=/opt/py/bin/python3.14t\n');
    const built = await runStep(step('interp'), { INTERPRETER: '', CPYTHON_VERSION: '3.13.15', FAKE_STDOUT: 'found (cache)\n/c/cpython-3.13.15t/bin/python3.13t' });
    expect(built.output).toBe('path=/c/cpython-3.13.15t/bin/python3.13t\n');
    expect(built.args()).toEqual(['provision', '--python-version', '3.13.15']);
  });

  it.each([[0, 0], [1, 0], [3, 0], [2, 2], [130, 130]])('a shard whose ftconform exits %i ends with %i, its exit code an output', async (code, expected) => {
    const env = { COMMAND: 'run', INTERP: '/py/python3.13t', PROFILE: 'quick', SHARD_INDEX: '2', SHARD_TOTAL: '4', BUDGET: '30m',
      SEED: '9876543210', SUITES: 'dict list', REPORTS: 'reports', SHARDS: 'shards', FAKE_EXIT: String(code) };
    const r = await runStep(step('ftconform'), env);
    expect(r.exitCode).toBe(expected);
    expect(r.output).toBe(`exit-code=${code}\n`);
    const { command, options } = parseArgs(r.args(), {}, { allowCommand: true });
    expect(command).toBe('run');
    expect(options).toMatchObject({ interps: ['/py/python3.13t'], seed: 9876543210, reportsDir: 'reports', profile: 'quick',
      shard: { index: 2, total: 4 }, suites: ['dict', 'list'] });
  });

  it('the merge exits with the verdict: 1 when a shard found something', async () => {
    for (const code of [0, 1, 3]) {
      const r = await runStep(step('ftconform'), { COMMAND: 'merge', REPORTS: 'reports', SHARDS: 'shards', FAKE_EXIT: String(code) });
      expect(r.exitCode).toBe(code);
      expect(r.args()).toEqual(['merge', 'shards/*', '--reports', 'reports']);
    }
  });
});

describe("the README's workflow for your repository", () => {
  const block = /```yaml\n(jobs:[\s\S]*?ftconform\/ftconform@[\s\S]*?)```/.exec(read('README.md'))![1];

  it('is a valid workflow, whose steps give the action only inputs it has', () => {
    expect(validateWorkflow(`on: push\n${block}`).errors).toEqual([]);
    const jobs = (parse(block) as { jobs: Record<string, Job> }).jobs;
    const withs = Object.values(jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('ftconform/ftconform@')).map((s) => s.with ?? {}));
    expect(withs.map((w) => w.command)).toEqual(['provision', 'run', 'merge']);
    for (const w of withs) for (const k of Object.keys(w)) expect(Object.keys(action.inputs)).toContain(k);
  });
});

describe(WORKFLOW, () => {
  const { provision, shard, merge } = workflow.jobs;
  const own = (j: Job) => j.steps.find((s) => s.uses === './')!;

  it('is a valid workflow', () => {
    expect(validateWorkflow(read(WORKFLOW)).errors).toEqual([]);
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: nope\n').errors).not.toEqual([]);
  });

  it('builds the interpreter once, then 4 shards on one seed, then a merge whatever they found', () => {
    expect(own(provision).with).toMatchObject({ command: 'provision', 'cpython-version': '${{ env.CPYTHON_VERSION }}' });
    expect(shard).toMatchObject({ needs: 'provision', 'runs-on': 'ubuntu-latest' });
    expect(shard.strategy?.matrix.shard).toEqual([1, 2, 3, 4]);
    expect(own(shard).with).toMatchObject({ command: 'run', 'cpython-version': '${{ env.CPYTHON_VERSION }}', 'shard-index': '${{ matrix.shard }}',
      'shard-total': '${{ strategy.job-total }}', seed: '${{ github.run_id }}' });
    expect(merge).toMatchObject({ needs: 'shard', if: 'always()' });
    expect(merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({ pattern: 'ftconform-shard-*', path: 'shards' });
    expect(own(merge).with).toMatchObject({ command: 'merge', shards: 'shards' });
    expect(merge.steps.find((s) => s.uses?.startsWith('mikepenz/action-junit-report@'))?.with?.report_paths).toBe('reports/junit.xml');
  });

  it('names artifacts the merge downloads: each shard uploads ftconform-shard-<index>', () => {
    const name = String(step('actions/upload-artifact').with?.name);
    expect(name).toContain("format('ftconform-shard-{0}', inputs.shard-index");
    expect(name).toContain("'ftconform-report'");
  });
});

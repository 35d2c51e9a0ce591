// ci/gitlab/ftconform.gitlab-ci.yml (the template any project includes) and .gitlab-ci.yml (this project's,
// which includes it): valid for GitLab (gitlab-ci-local checks them against GitLab's CI schema and expands
// `parallel:` into the jobs GitLab would run), the interpreter built once and cached by its CPython version
// (saved whatever the job's result), 4 shards whose findings only warn, a merge that carries the verdict;
// each job's script run here in sh with a fake ftconform. The pipeline itself runs for real in
// test/slow/gitlab-pipeline.test.ts (scripts/gitlabLocal.sh).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArgs } from '../../src/options/parseArgs.ts';
import { read, readmeCommands, root } from './ciCommands.ts';
import { fakeFtconform } from './fakeFtconform.ts';

const TEMPLATE = 'ci/gitlab/ftconform.gitlab-ci.yml';
const FILE = '.gitlab-ci.yml';
interface Cache { key: string; paths: string[]; policy?: string; when?: string }
interface GitlabJob { extends?: string; stage?: string; image?: string; parallel?: number; before_script?: string[]; script: string[]; needs?: string[];
  when?: string; allow_failure?: { exit_codes: number[] }; artifacts?: { when?: string; paths: string[]; reports?: { junit?: string } }; cache?: Cache }
const template = parse(read(TEMPLATE)) as Record<string, GitlabJob> & { variables: Record<string, string> };
const own = parse(read(FILE)) as { include: { local: string }[]; variables: Record<string, string> };
const base = template['.ftconform'];
const work = mkdtempSync(join(tmpdir(), 'ftconform-gitlab-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `gitlab-ci-local --list-json` on a copy of both files in a git repository (it resolves `include: local` with git). */
const listJobs = async (templateText?: string) => {
  const dir = mkdtempSync(join(work, 'p-'));
  copyFileSync(`${root}${FILE}`, join(dir, FILE));
  mkdirSync(join(dir, 'ci/gitlab'), { recursive: true });
  writeFileSync(join(dir, TEMPLATE), templateText ?? read(TEMPLATE));
  await execa('git', ['init', '-q'], { cwd: dir });
  await execa('git', ['add', '-A'], { cwd: dir });
  return execa(`${root}node_modules/.bin/gitlab-ci-local`, ['--list-json'], { cwd: dir, reject: false, all: true, env: { NO_COLOR: '1' } });
};

/** A job's before_script and script lines run in sh, as the runner does, with a fake ftconform first on PATH. */
const runJob = async (job: GitlabJob, env: Record<string, string>) => {
  const fake = fakeFtconform();
  // The install line needs the registry: ftconform is already "installed" (the fake), so it is left out.
  const lines = [...(job.before_script ?? base.before_script!).filter((l) => !l.startsWith('npm install')), ...job.script];
  const r = await execa('sh', ['-e', '-c', lines.join('\n')], { reject: false,
    env: { PATH: `${fake.bin}:${process.env.PATH}`, FAKE_ARGS: fake.argsFile, FTCONFORM_HOME: '/nowhere', ...env } });
  return { exitCode: r.exitCode, args: fake.args };
};

describe(TEMPLATE, () => {
  it('is valid for GitLab: provision in .pre, parallel: 4 expands to 4 shard jobs, the merge in .post', async () => {
    const r = await listJobs();
    expect(r.exitCode, r.all).toBe(0);
    const jobs = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as { name: string; stage: string }[];
    expect(jobs.map((j) => [j.name, j.stage])).toEqual([
      ['ftconform-provision', '.pre'],
      ['ftconform: [1/4]', 'test'], ['ftconform: [2/4]', 'test'], ['ftconform: [3/4]', 'test'], ['ftconform: [4/4]', 'test'],
      ['ftconform-merge', '.post'],
    ]);
  }, 60_000);

  it('the check can fail: GitLab refuses parallel: 1000', async () => {
    const r = await listJobs(read(TEMPLATE).replace('parallel: 4', 'parallel: 1000'));
    expect(r.exitCode).not.toBe(0);
    expect(r.all).toMatch(/property 'parallel' must be <= 200/);
  }, 60_000);

  it('runs on Node 24 and installs ftconform itself (FTCONFORM_PACKAGE), never from the project', () => {
    expect(base.image).toBe('node:24-bookworm');
    expect(base.before_script![0]).toBe('npm install --no-audit --no-fund --install-links --prefix "$FTCONFORM_HOME" "$FTCONFORM_PACKAGE"');
    expect(template.variables.FTCONFORM_PACKAGE).toBe('git+https://github.com/ftconform/ftconform.git');
    expect(read(TEMPLATE)).not.toMatch(/npm ci|npx /);
  });

  it('caches the build keyed by its CPython version: saved by the provision job whatever its result, pulled by the shards', () => {
    const key = 'ftconform-cpython-$FTCONFORM_CPYTHON_VERSION';
    expect(template['ftconform-provision']).toMatchObject({ stage: '.pre', cache: { key, paths: ['.cache/ftconform/'], policy: 'pull-push', when: 'always' } });
    expect(template.ftconform).toMatchObject({ needs: ['ftconform-provision'], cache: { key, paths: ['.cache/ftconform/'], policy: 'pull' } });
    expect(template.variables.FTCONFORM_CACHE).toBe('$CI_PROJECT_DIR/.cache/ftconform');
  });

  it('a shard with findings (1) or inconclusive (3) only warns; the merge runs whatever happened and publishes the JUnit', () => {
    expect(template.ftconform).toMatchObject({ parallel: 4, allow_failure: { exit_codes: [1, 3] }, artifacts: { when: 'always', paths: ['reports/'] } });
    expect(template['ftconform-merge']).toMatchObject({ stage: '.post', needs: ['ftconform'], when: 'always',
      artifacts: { when: 'always', reports: { junit: 'reports/merged/junit.xml' } } });
  });

  it('provision: the interpreter given (doctor checks it), else `ftconform provision --python-version` builds or finds it', async () => {
    const given = await runJob(template['ftconform-provision'], { FTCONFORM_INTERP: '/py/bin/python3.13t', FTCONFORM_CPYTHON_VERSION: '3.13.15' });
    expect(given.exitCode).toBe(0);
    expect(given.args()).toEqual(['doctor', '--interp', '/py/bin/python3.13t']);
    const built = await runJob({ ...template['ftconform-provision'], script: ['echo "$FTCONFORM_PY" > "$FAKE_ARGS.py"', ...template['ftconform-provision'].script] },
      { FTCONFORM_INTERP: '', FTCONFORM_CPYTHON_VERSION: '3.13.15', FAKE_STDOUT: 'built\n/c/cpython-3.13.15t/bin/python3.13t' });
    expect(built.args()).toEqual(['doctor', '--interp', '/c/cpython-3.13.15t/bin/python3.13t']);
  });

  it("each shard resolves its part from CI_NODE_INDEX/CI_NODE_TOTAL, the pipeline's seed, and the optional settings", async () => {
    for (const k of [1, 4]) {
      const env = { FTCONFORM_INTERP: '/py/bin/python3.13t', CI_NODE_INDEX: String(k), CI_NODE_TOTAL: '4', FTCONFORM_RUN_SEED: '4242',
        FTCONFORM_PROFILE: 'quick', FTCONFORM_BUDGET: '20s', FTCONFORM_SUITES: 'dict set', FAKE_EXIT: '1' };
      const r = await runJob(template.ftconform, env);
      expect(r.exitCode).toBe(1);
      const { command, options } = parseArgs(r.args(), env, { allowCommand: true });
      expect(command).toBe('run');
      expect(options).toMatchObject({ interps: ['/py/bin/python3.13t'], shard: { index: k, total: 4 }, seed: 4242, reportsDir: `reports/shard-${k}`,
        profile: 'quick', suites: ['dict', 'set'] });
    }
    // Without the optional settings: ftconform's defaults.
    const bare = await runJob(template.ftconform, { FTCONFORM_INTERP: '/py', CI_NODE_INDEX: '2', CI_NODE_TOTAL: '4', FTCONFORM_RUN_SEED: '7', FTCONFORM_PROFILE: '', FTCONFORM_BUDGET: '', FTCONFORM_SUITES: '' });
    expect(bare.args()).toEqual(['run', '--interp', '/py', '--shard', 'auto', '--seed=7', '--reports', 'reports/shard-2']);
  });

  it('the merge carries the verdict: its exit code is ftconform merge\'s', async () => {
    for (const code of [0, 1, 3]) {
      const r = await runJob(template['ftconform-merge'], { FAKE_EXIT: String(code) });
      expect(r.exitCode).toBe(code);
    }
  });

  it('runs the commands the README documents for it', () => {
    const lines = [...base.before_script!, ...template['ftconform-provision'].script, ...template.ftconform.script, ...template['ftconform-merge'].script];
    expect([...new Set(lines)]).toEqual(readmeCommands(TEMPLATE));
  });
});

describe(FILE, () => {
  it('includes the template and installs ftconform from this checkout', () => {
    expect(own.include).toEqual([{ local: TEMPLATE }]);
    expect(own.variables).toEqual({ FTCONFORM_PACKAGE: '$CI_PROJECT_DIR' });
  });
});

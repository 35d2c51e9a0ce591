// .gitlab-ci.yml: valid for GitLab (gitlab-ci-local checks it against GitLab's CI schema and expands
// `parallel:` into the jobs GitLab would run), 4 shards then a merge that publishes the JUnit; the
// commands it runs are the README's.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ftconformOptions, read, readmeCommands, root } from './ciCommands.ts';

const FILE = '.gitlab-ci.yml';
interface GitlabJob { parallel?: number; script: string[]; needs?: string[]; when?: string; artifacts?: { reports?: { junit?: string } }; cache?: { paths: string[] } }
const config = parse(read(FILE)) as Record<string, GitlabJob> & { variables: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'ftconform-gitlab-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `gitlab-ci-local --list-json` on a copy of the file (it writes its state next to the file). */
const listJobs = async (yaml?: string) => {
  const dir = mkdtempSync(join(work, 'p-'));
  if (yaml === undefined) copyFileSync(`${root}${FILE}`, join(dir, FILE));
  else writeFileSync(join(dir, FILE), yaml);
  const r = await execa(`${root}node_modules/.bin/gitlab-ci-local`, ['--list-json'], { cwd: dir, reject: false, all: true, env: { NO_COLOR: '1' } });
  return r;
};

describe(FILE, () => {
  it('is valid for GitLab: schema-checked, parallel: 4 expands to 4 shard jobs and a merge job', async () => {
    const r = await listJobs();
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout.trim().startsWith('[')).toBe(true);
    const jobs = (JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as { name: string; stage: string; when: string }[]);
    expect(jobs.map((j) => [j.name, j.stage])).toEqual([
      ['ftconform: [1/4]', 'test'], ['ftconform: [2/4]', 'test'], ['ftconform: [3/4]', 'test'], ['ftconform: [4/4]', 'test'],
      ['ftconform-merge', 'report'],
    ]);
  }, 60_000);

  it('the check can fail: GitLab refuses parallel: 1000', async () => {
    const r = await listJobs(read(FILE).replace('parallel: 4', 'parallel: 1000'));
    expect(r.exitCode).not.toBe(0);
    expect(r.all).toMatch(/property 'parallel' must be <= 200/);
  }, 60_000);

  it('caches the interpreter in the project, merges whatever the shards found, publishes the JUnit', () => {
    expect(config.variables.FTCONFORM_CACHE).toBe('$CI_PROJECT_DIR/.cache/ftconform');
    expect(config.ftconform.cache?.paths).toEqual(['.cache/ftconform/']);
    expect(config['ftconform-merge']).toMatchObject({ needs: ['ftconform'], when: 'always', artifacts: { reports: { junit: 'reports/merged/junit.xml' } } });
  });

  it('runs the commands the README documents for it', () => {
    expect([...new Set([...config.ftconform.script, ...config['ftconform-merge'].script])]).toEqual(readmeCommands(FILE));
  });

  it("each job resolves its shard from GitLab's CI_NODE_INDEX/CI_NODE_TOTAL, with the pipeline id as the shared seed", () => {
    const run = config.ftconform.script.find((c) => c.startsWith('npx ftconform run'))!;
    for (const k of [1, 2, 3, 4]) {
      const { options } = ftconformOptions(run, { CI_PIPELINE_ID: '4242', CI_NODE_INDEX: String(k) },
        { CI_NODE_INDEX: String(k), CI_NODE_TOTAL: String(config.ftconform.parallel) });
      expect(options).toMatchObject({ shard: { index: k, total: 4 }, seed: 4242, reportsDir: `reports/shard-${k}` });
    }
  });
});

// The GitLab pipeline run for real (scripts/gitlabLocal.sh: gitlab-ci-local, every job in the shell): the
// provision job, 4 shards of the dict and selftest suites (the self-test's planted bug is a finding), then the
// merge. The shard with the finding only warns (allow_failure: exit 1), the merge fails the pipeline with
// the merged verdict, and its report holds every shard's cases, the finding's issue draft among the
// artifacts. Minutes long: not in `npm test`; run it with `npm run test:slow` (FTCONFORM_PYTHON=<free-threaded
// python>, else the one `ftconform provision` finds or builds).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const interpreter = async (): Promise<string> => {
  if (process.env.FTCONFORM_PYTHON) return process.env.FTCONFORM_PYTHON;
  const r = await execa(`${root}node_modules/.bin/tsx`, ['src/cli/main.ts', 'provision'], { cwd: root, env: { CI: 'true' } });
  return r.stdout.trim().split('\n').at(-1)!;
};

describe('scripts/gitlabLocal.sh: the GitLab pipeline under gitlab-ci-local', () => {
  it('provision, 4 shards (a finding only warns), then a merge that carries the verdict', async () => {
    const r = await execa(`${root}scripts/gitlabLocal.sh`, [await interpreter(), '15s', 'dict selftest'], { reject: false, all: true });
    const log = r.all ?? '';
    expect(r.exitCode, log.slice(-3000)).toBe(1);
    const copy = /^gitlabLocal: pipeline copy in (\S+)$/m.exec(log)![1];
    // gitlab-ci-local's closing table: one line per job.
    expect(log).toMatch(/^ PASS {2}ftconform-provision\s*$/m);
    const shards = [1, 2, 3, 4].map((k) => new RegExp(`^ (PASS|WARN) {2}ftconform: \\[${k}/4\\]`, 'm').exec(log)?.[1]);
    expect(shards.filter((s) => s === 'WARN')).toHaveLength(1);
    expect(shards.filter((s) => s === 'PASS')).toHaveLength(3);
    expect(log).toMatch(/^ FAIL {2}ftconform-merge\s*$/m);
    expect(log).toMatch(/merged 4 shards \(seed \d+, profile quick\)/);
    const merged = readFileSync(join(copy, 'reports/merged/results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { record: string; suite: string; status: string; issueDraft?: string });
    const cases = merged.filter((l) => l.record === 'case');
    expect(cases.filter((c) => c.suite === 'dict').length).toBeGreaterThan(0);
    const finding = cases.find((c) => c.suite === 'selftest')!;
    expect(finding.status).toBe('failed');
    // The shard wrote the draft beside its reproducer; the artifacts carry both.
    const repro = readdirSync(join(copy, 'reports')).filter((d) => d.startsWith('shard-'))
      .flatMap((d) => { try { return readdirSync(join(copy, 'reports', d, 'repro')).map((f) => join(d, 'repro', f)); } catch { return []; } });
    expect(repro.some((f) => f.endsWith('.issue.md'))).toBe(true);
  }, 900_000);
});

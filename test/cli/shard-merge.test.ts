// `ftconform run --shard i/4` on four "machines" (here one after another), then `ftconform merge`: the
// merged results are the unsharded run's (same cases, draws, verdicts, replay commands), and merge
// refuses shards that are not one run's. On a fake free-threaded interpreter over the machine's python3.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../interp/fixturePath.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const ftconform = (args: string[]) =>
  execa(tsx, ['src/cli/main.ts', ...args], { cwd: root, reject: false, stdin: 'ignore', env: { CI: 'true' } });

const work = mkdtempSync(join(tmpdir(), 'ftconform-shards-'));
const dir = (name: string) => join(work, name);
const RUN = ['run', '--interp', fixturePath('fake-freethreaded'), '--seed=11', '--profile', 'quick', '--suite', 'locked'];

interface Line { record: string; name: string; status: string; replay: string; draws: { draw: number; scenario: string; status: string }[]; seed: number }
const cases = (folder: string) => readFileSync(join(folder, 'results.jsonl'), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l) as Line).filter((l) => l.record === 'case')
  .map((c) => ({ name: c.name, status: c.status, replay: c.replay, draws: c.draws.map((d) => [d.draw, d.scenario, d.status]) }));

const oneLine = (stderr: string): string => {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
};

beforeAll(async () => {
  for (const [name, extra] of [['whole', []], ...[1, 2, 3, 4].map((i) => [`s${i}`, ['--shard', `${i}/4`]])] as [string, string[]][]) {
    const r = await ftconform([...RUN, ...extra, '--reports', dir(name)]);
    if (r.exitCode !== 0) throw new Error(`${name}: exit ${r.exitCode}\n${r.stderr}\n${r.stdout.slice(-2000)}`);
  }
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('4 shards of a quick run, merged', () => {
  it('give the same cases, draws, verdicts and replay commands as the unsharded run', async () => {
    const r = await ftconform(['merge', dir('s1'), dir('s2'), dir('s3'), dir('s4'), '--reports', dir('merged')]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('merged 4 shards (seed 11, profile quick)');
    expect(r.stdout).toMatch(/verdict: PASS: 3 of 3 cases passed/);
    const whole = cases(dir('whole'));
    expect(whole).toHaveLength(3);
    expect(cases(dir('merged'))).toEqual(whole);
    // Each shard ran only part of it: some property's draws were split between shards.
    const parts = [1, 2, 3, 4].map((i) => cases(dir(`s${i}`)));
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(parts.flat().length).toBeGreaterThan(whole.length);
    for (const f of ['junit.xml', 'index.html', 'summary.txt']) expect(readFileSync(join(dir('merged'), f), 'utf8').length).toBeGreaterThan(0);
  });

  it('re-renders the reports of one results.jsonl without running anything (`report`)', async () => {
    cpSync(dir('whole'), dir('again'), { recursive: true });
    rmSync(join(dir('again'), 'junit.xml'));
    const r = await ftconform(['report', dir('again')]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain(`re-rendered ${join(dir('again'), 'results.jsonl')}`);
    expect(readFileSync(join(dir('again'), 'junit.xml'), 'utf8')).toContain('<testsuite name="locked');
  });

  it('refuses a shard of another run (different seed) in one line', async () => {
    cpSync(dir('s2'), dir('s2-other'), { recursive: true });
    const file = join(dir('s2-other'), 'results.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"seed":11,', '"seed":12,'));
    const r = await ftconform(['merge', dir('s1'), dir('s2-other'), dir('s3'), dir('s4'), '--reports', dir('bad')]);
    expect(r.exitCode).toBe(2);
    expect(oneLine(r.stderr)).toBe(`ftconform: ${file} is not from the same run as ${join(dir('s1'), 'results.jsonl')}: seed 12 ≠ 11; not merged`);
  });

  it('a shard with no work (more shards than units) passes, from ftconform run and npm test alike', async () => {
    // 3 properties × 6 draws on a time line cut in 30: shard 2 gets none of the 18 units.
    const run = await ftconform([...RUN, '--shard', '2/30', '--reports', dir('empty')]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('shard 2/30: no work units fell to this shard');
    const test = await execa(tsx, ['scripts/test.ts', ...RUN.slice(1), '--shard', '2/30', '--reports', dir('empty-npm')],
      { cwd: root, reject: false, stdin: 'ignore', env: { CI: 'true' } });
    expect(test.exitCode, test.stderr).toBe(0);
    expect(test.stdout).toContain('npm test: shard 2/30: no work units fell to this shard');
    const records = readFileSync(join(dir('empty-npm'), 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as object);
    expect(records).toMatchObject([{ record: 'run', shard: { index: 2, total: 30 }, planned: 0 }, { record: 'end', interrupted: false, cases: 0 }]);
  }, 120_000);

  it('refuses a missing or duplicated shard in one line', async () => {
    const missing = await ftconform(['merge', dir('s1'), dir('s2'), dir('s4'), '--reports', dir('bad')]);
    expect(missing.exitCode).toBe(2);
    expect(oneLine(missing.stderr)).toBe('ftconform: shard 3/4 missing (have 1, 2, 4); not merged');
    const twice = await ftconform(['merge', dir('s1'), dir('s2'), dir('s2'), dir('s3'), dir('s4'), '--reports', dir('bad')]);
    expect(twice.exitCode).toBe(2);
    expect(oneLine(twice.stderr)).toMatch(/^ftconform: shard 2\/4 is there twice \(.*s2\/results\.jsonl, .*s2\/results\.jsonl\); not merged$/);
  });
});

// `ftconform doctor` and `run` on a build configured with --enable-shared, from a shell without its
// LD_LIBRARY_PATH (the fake prefix test/fixtures/interp/shared-build: exit 127 from the "loader" unless
// its lib/ is on LD_LIBRARY_PATH). Every program, and the replay commands, get that folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../interp/fixturePath.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PY = fixturePath('shared-build/bin/python3.13t');
const LIB = fixturePath('shared-build/lib');
const env = { ...process.env, LD_LIBRARY_PATH: '', CI: 'true' };
const ftconform = (args: string[]) =>
  execa(process.execPath, [`${root}bin/ftconform.mjs`, ...args], { cwd: root, reject: false, stdin: 'ignore', env, extendEnv: false });

const work = mkdtempSync(join(tmpdir(), 'ftconform-shared-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a shared build whose libpython is in its own lib/', () => {
  it('doctor runs it and says so in one line', async () => {
    const r = await ftconform(['doctor', '--interp', PY]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const said = r.stdout.split('\n').filter((l) => l.includes('libpython3.13t.so.1.0'));
    expect(said).toEqual([`shared library: libpython3.13t.so.1.0 is not on the loader's path; found in ${LIB}, put first on LD_LIBRARY_PATH for every program`]);
    // The doctor's own experiment ran on it: a failed one would have ended the command.
    expect(r.stdout).toMatch(/2 threads: [\d.]+× one thread's throughput/);
  });

  it('run runs its programs with it, and its replay commands say so', async () => {
    const reports = join(work, 'run');
    const r = await ftconform(['run', '--interp', PY, '--seed=5', '--profile', 'quick', '--suite', 'locked',
      '--property', 'check-then-act on a set under threading.Lock is exact', '--reports', reports]);
    expect(r.exitCode, r.stderr + r.stdout.slice(-2000)).toBe(0);
    const cases = readFileSync(join(reports, 'results.jsonl'), 'utf8').trim().split('\n')
      .map((l) => JSON.parse(l) as { record: string; replay?: string; status?: string }).filter((l) => l.record === 'case');
    expect(cases).toHaveLength(1);
    expect(cases[0].replay).toMatch(new RegExp(`^LD_LIBRARY_PATH=${LIB.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} npx ftconform run --interp `));
  });
});

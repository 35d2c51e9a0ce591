import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM, renderProgram } from '../../src/render/renderProgram.ts';
import { renderRaceReproducer } from '../../src/render/renderRaceReproducer.ts';
import { parseTsanReports } from '../../src/tsan/parseTsanReports.ts';
import { raceFrames } from '../../src/tsan/raceKey.ts';
import { readMarks } from '../../src/tsan/tsanMarkers.ts';
import { tsanOptions } from '../../src/tsan/tsanOptions.ts';
import { tsanProgram } from '../../src/tsan/tsanProgram.ts';
import { call, scenarioOf, setdefaultRace } from '../oracle/scenarioOf.ts';
import { PYTHON, runPython } from '../render/python.ts';

const listRace = scenarioOf('list', [[call('list.append', 3), call('list.pop')], [call('list.getitem', 0)]], { initial: [1, 2] });
const items = [setdefaultRace(), listRace].map((scenario, i) => ({ id: `s${i}`, scenario, budgetS: 0.05, maxRuns: 1e12, seed: i }));

describe('programs for a ThreadSanitizer build', () => {
  it('mark each scenario and the OS thread id of each of its workers on stderr, in order', async () => {
    const run = await runPython(renderProgram(items, tsanProgram()));
    expect(run.exitCode).toBe(0);
    const marks = readMarks(run.stderr);
    expect(marks.scenarios.map(([, id]) => id)).toEqual(['s0', 's1']);
    // Each scenario's workers announce themselves after its marker (in whatever order they start).
    const [s1At] = marks.scenarios[1];
    expect(marks.threads.filter(([at]) => at < s1At).map(([, , w]) => w).sort()).toEqual([0, 1]);
    expect(marks.threads.filter(([at]) => at > s1At).map(([, , w]) => w).sort()).toEqual([0, 1]);
    expect(new Set(marks.threads.map(([, tid]) => tid)).size).toBeGreaterThan(1);
  });

  it('walk a shorter stride, and a plain build gets exactly the program it always got', () => {
    expect(tsanProgram()).toMatchObject({ stride: 64, tsanMarks: true });
    const plain = renderProgram(items);
    expect(plain).not.toContain('ftconform-tsan');
    expect(plain).toBe(renderProgram(items, { ...DEFAULT_PROGRAM, tsanMarks: false }));
  });

  it('run with TSAN_OPTIONS that keep going after a race, leave crashes to faulthandler and end with the caller\'s own', () => {
    expect(tsanOptions('/s.supp', 'verbosity=1')).toBe(
      'halt_on_error=0 exitcode=0 handle_segv=0 history_size=7 suppressions=/s.supp verbosity=1');
    expect(tsanOptions(undefined)).not.toContain('suppressions');
  });
});

describe('the data-race reproducer', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ftconform-race-repro-'));
    file = join(dir, 'repro.py');
    await writeFile(file, renderRaceReproducer({
      item: items[1], races: [['list_ass_slice_lock_held', 'list_get_item_ref']], suppressions: 'race_top:q_getitem\n',
      title: 'list — raced', headerLines: ['Failed on: /x/python3.13t'], defaultSeconds: 30,
    }, tsanProgram()));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses, with exit status 2, an interpreter that is not a ThreadSanitizer build', async () => {
    const r = await execa(PYTHON, [file, '1'], { reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/is not a ThreadSanitizer build/);
  });

  it('blames the same frames as ftconform on every captured report', async () => {
    const fixtures = ['gcc-list-getitem-vs-setslice.stderr', 'gcc-unrestored-stack.stderr', 'clang-dict-merge.stderr', 'gcc-c-global-main-thread.stderr'];
    const paths = fixtures.map((f) => fileURLToPath(new URL(`../fixtures/tsan/${f}`, import.meta.url)));
    const code = 'import importlib.util, json, sys\n'
      + 'spec = importlib.util.spec_from_file_location("repro", sys.argv[1]); m = importlib.util.module_from_spec(spec)\n'
      + 'spec.loader.exec_module(m)\n'
      + 'print(json.dumps([[m.blamed(r) for r in m.reports(open(p).read())] for p in sys.argv[2:]]))';
    const r = await execa(PYTHON, ['-c', code, file, ...paths]);
    const { readFileSync } = await import('node:fs');
    const expected = paths.map((p) => parseTsanReports(readFileSync(p, 'utf8')).map(raceFrames));
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });
});

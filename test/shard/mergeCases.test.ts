import { describe, expect, it } from 'vitest';
import { mergeCases } from '../../src/shard/mergeCases.ts';
import { dataRaces } from '../../src/tsan/dataRaces.ts';
import { placeReports } from '../../src/tsan/placeReports.ts';
import { makeCase, makeScenario } from '../report/fixtures.ts';
import { tsanFixture } from '../tsan/fixture.ts';

const scenario = makeScenario({ container: 'list', initial: [0, 1], threads: [[{ op: 'list.setslice', args: [0, 1, [3]] }], [{ op: 'list.getitem', args: [0] }]] });
const [slice] = dataRaces(scenario, placeReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr')));
const [unrestored] = dataRaces(scenario, placeReports(tsanFixture('gcc-unrestored-stack.stderr')));
const draw = (d: number, status: 'passed' | 'raced') => ({ draw: d, scenario: `s${d}`, status, message: status, interesting: 0, outcomes: 1 });

describe('mergeCases with ThreadSanitizer races', () => {
  it('keeps every shard part\'s races, deduplicated by their pair of frames with reports summed, and the raced status', () => {
    const a = makeCase({ status: 'raced', path: '2:0', races: [{ ...slice, reports: 2 }], draws: [draw(0, 'passed'), draw(2, 'raced')] });
    const b = makeCase({ status: 'raced', path: '', races: [slice, unrestored], draws: [draw(1, 'raced')] });
    const merged = mergeCases([b, a]);
    expect(merged.status).toBe('raced');
    expect(merged.races?.map((r) => [r.key, r.reports])).toEqual([
      ['list_ass_slice_lock_held ⟷ list_get_item_ref', 3],
      ['? ⟷ list_get_item_ref', 1],
    ]);
  });

  it('has none when no part had any', () => {
    const merged = mergeCases([makeCase({ draws: [draw(0, 'passed')] }), makeCase({ draws: [draw(1, 'passed')] })]);
    expect(merged.races).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { dataRaces, mergeRaces } from '../../src/tsan/dataRaces.ts';
import { placeReports } from '../../src/tsan/placeReports.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { tsanFixture } from './fixture.ts';

const scenario: Scenario = {
  container: 'list', initial: [0, 1], lock: 'none',
  threads: [[{ op: 'list.setslice', args: [0, 1, [3, 2, 3]] }, { op: 'list.pop', args: [] }], [{ op: 'list.getitem', args: [0] }]],
};
const stderr = tsanFixture('gcc-list-getitem-vs-setslice.stderr');

describe('dataRaces', () => {
  it('turns a placed report into a race: key, each access with its worker, blamed function and top frames', () => {
    const [race, ...more] = dataRaces(scenario, placeReports(stderr));
    expect(more).toEqual([]);
    expect(race.key).toBe('list_ass_slice_lock_held ⟷ list_get_item_ref');
    expect(race.accesses.map((a) => [a.what, a.thread, a.worker, a.blamed])).toEqual([
      ['Atomic read of size 8', 'T6', 1, 'list_get_item_ref'],
      ['Previous write of size 8', 'T5', 0, 'list_ass_slice_lock_held'],
    ]);
    expect(race.accesses[1].frames).toEqual([
      'list_ass_slice_lock_held Objects/listobject.c:985', 'list_ass_subscript_lock_held Objects/listobject.c:3750',
      'list_ass_subscript Objects/listobject.c:3819', 'PyObject_SetItem Objects/abstract.c:232',
      '_PyEval_EvalFrameDefault Python/generated_cases.c.h:5763', '_PyEval_EvalFrame Include/internal/pycore_ceval.h:120',
    ]);
    expect(race.scenario).toBe(scenario);
    expect(race.reports).toBe(1);
  });

  it('deduplicates by the pair of top frames, counting reports, whichever access came first', () => {
    const placed = placeReports(stderr);
    const swapped = { ...placed[0], report: { ...placed[0].report, accesses: [...placed[0].report.accesses].reverse() } };
    const other = placeReports(tsanFixture('gcc-unrestored-stack.stderr'));
    const races = dataRaces(scenario, [...placed, swapped, ...other, ...placed]);
    expect(races.map((r) => [r.key, r.reports])).toEqual([
      ['list_ass_slice_lock_held ⟷ list_get_item_ref', 3],
      ['? ⟷ list_get_item_ref', 1],
    ]);
  });

  it('merges the races of several scenarios by key: first seen first, reports summed, a known reference kept', () => {
    const [a] = dataRaces(scenario, placeReports(stderr));
    const [b] = dataRaces(scenario, placeReports(tsanFixture('gcc-unrestored-stack.stderr')));
    const known = { ...a, reports: 4, known: { id: 'gh-1', title: 't', url: 'u' } };
    const merged = mergeRaces([[a], [b, known]]);
    expect(merged.map((r) => [r.key, r.reports, r.known?.id])).toEqual([
      ['list_ass_slice_lock_held ⟷ list_get_item_ref', 5, 'gh-1'],
      ['? ⟷ list_get_item_ref', 1, undefined],
    ]);
  });
});

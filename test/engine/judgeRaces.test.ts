import { describe, expect, it } from 'vitest';
import { judgeRaces } from '../../src/engine/judgeRaces.ts';
import { judgeScenario } from '../../src/engine/judgeScenario.ts';
import type { KnownRace } from '../../src/knownIssues/knownRace.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { placeReports } from '../../src/tsan/placeReports.ts';
import { INCREMENTS_SERIAL, twoIncrements } from '../oracle/scenarioOf.ts';
import { tsanFixture } from '../tsan/fixture.ts';
import { ftInterp, observation } from './fixtures.ts';

const scenario = twoIncrements('all');
const e = expectationsOf(planOf(scenario));
const reports = placeReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr'));
const known: KnownRace = {
  id: 'gh-129069', title: 'list memmove races', url: 'https://github.com/python/cpython/issues/129069',
  versions: { min: '3.13.0' }, symptom: 'data-race', frames: ['list_get_item_ref', 'list_ass_slice_lock_held'], why: '', reproducer: '',
};
const judged = (obs: ReturnType<typeof observation>, registry: readonly KnownRace[] = []) =>
  judgeRaces('3.13.15', registry, scenario, obs, judgeScenario(e, obs, 'conformance', ftInterp()));

describe('judgeRaces', () => {
  it('fails a scenario whose outcomes were all acceptable when TSAN reported a new race', () => {
    const v = judged(observation({ [INCREMENTS_SERIAL[0]]: 10 }, { tsanReports: reports }));
    expect(v.status).toBe('raced');
    expect(v.message).toBe('ThreadSanitizer: data race list_ass_slice_lock_held ⟷ list_get_item_ref; outcomes: 10 runs, no forbidden outcome');
    expect(v.races?.map((r) => [r.key, r.known])).toEqual([['list_ass_slice_lock_held ⟷ list_get_item_ref', undefined]]);
  });

  it('reports a race the registry knows as known, with its reference', () => {
    const v = judged(observation({ [INCREMENTS_SERIAL[0]]: 10 }, { tsanReports: reports }), [known]);
    expect(v.status).toBe('known');
    expect(v.message).toMatch(/^known data race gh-129069 \(list_ass_slice_lock_held ⟷ list_get_item_ref\); outcomes: /);
    expect(v.races?.[0].known).toEqual({ id: 'gh-129069', title: 'list memmove races', url: known.url });
  });

  it('keeps a worse status (a crash) and still carries the races', () => {
    const v = judged(observation({}, { status: 'crash', message: 'killed by SIGSEGV', tsanReports: reports }));
    expect(v.status).toBe('crashed');
    expect(v.message).toBe('killed by SIGSEGV');
    expect(v.races).toHaveLength(1);
  });

  it('changes nothing without reports (every plain build)', () => {
    const obs = observation({ [INCREMENTS_SERIAL[0]]: 10 });
    expect(judged(obs)).toEqual(judgeScenario(e, obs, 'conformance', ftInterp()));
  });
});

import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import {
  BOTH_WON, INCREMENTS_SERIAL, LOST_UPDATE, call, outcome, scenarioOf, setdefaultRace, twoIncrements,
} from './scenarioOf.ts';

const grade = (s: Scenario, o: string) => gradeOutcome(expectationsOf(planOf(s)), o);

describe('gradeOutcome', () => {
  it('a serial outcome is ACCEPTABLE', () => {
    for (const o of INCREMENTS_SERIAL) expect(grade(twoIncrements(), o).expect).toBe('ACCEPTABLE');
  });

  it('the lost update without a lock is ACCEPTABLE_INTERESTING (never atomic, not a bug)', () => {
    const g = grade(twoIncrements(), LOST_UPDATE);
    expect(g.expect).toBe('ACCEPTABLE_INTERESTING');
    expect(g.broken).toBeUndefined();
  });

  it.each(['compound', 'all'] as const)('the lost update under lock %s is FORBIDDEN, blaming a locked increment', (lock) => {
    const g = grade(twoIncrements(lock), LOST_UPDATE);
    expect(g.expect).toBe('FORBIDDEN');
    expect(g.unexpectedException).toBeUndefined();
    expect(g.blamed).toEqual([0, 0]);
    expect(g.broken).toBe(operation('dict.rmw-increment').doc);
  });

  it('an exception the operation may not raise is FORBIDDEN with unexpectedException, blaming that operation', () => {
    const g = grade(setdefaultRace(), outcome([[10], [{ e: 'KeyError' }]], { d: [[1, 10]] }));
    expect(g).toMatchObject({ expect: 'FORBIDDEN', unexpectedException: 'KeyError', blamed: [1, 0] });
    expect(g.broken).toBe(operation('dict.setdefault').doc);
    expect(g.description).toContain('raised KeyError');
  });

  it('an exception the operation documents is graded like any other result', () => {
    const s = scenarioOf('dict', [[call('dict.pop', 1)], [call('dict.pop', 1)]], { initial: [[1, 5]] });
    expect(grade(s, outcome([[5], [{ e: 'KeyError' }]], { d: [] })).expect).toBe('ACCEPTABLE');
  });

  it.each([
    ['not JSON at all', '[[10], [20'],
    ['too few threads', JSON.stringify([[10], { d: [] }])],
    ['a thread with the wrong number of results', JSON.stringify([[10, 10], [20], { d: [] }])],
    ['not an array', JSON.stringify({ d: [] })],
  ])('malformed output (%s) is FORBIDDEN/malformed', (_, text) => {
    expect(grade(setdefaultRace(), text)).toMatchObject({ expect: 'FORBIDDEN', unexpectedException: 'malformed' });
  });

  it("the broken fixture's typical outcome (both threads win setdefault) is FORBIDDEN, citing the setdefault doc", () => {
    const g = grade(setdefaultRace('fixture.dict.setdefault-unlocked'), BOTH_WON);
    expect(g.expect).toBe('FORBIDDEN');
    expect(g.unexpectedException).toBeUndefined();
    expect(g.broken).toEqual(operation('dict.setdefault').doc);
    expect(g.broken?.sentence).toContain('d.setdefault(key, v)');
    expect(g.blamed).toEqual([0, 0]);
  });

  it('the same outcome is FORBIDDEN for the real setdefault too: the model is the documented one', () => {
    expect(grade(setdefaultRace(), BOTH_WON).expect).toBe('FORBIDDEN');
  });

  it('blames the first operation whose result no interleaving gives', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 1, 1)], [call('dict.get', 1)]]);
    const g = grade(s, outcome([[null], [7]], { d: [[1, 1]] }));
    expect(g).toMatchObject({ expect: 'FORBIDDEN', blamed: [1, 0] });
    expect(g.broken).toBe(operation('dict.get').doc);
  });

  describe('lock-free reads racing a multi-key writer', () => {
    // len(d) while d.update({1: 0, 2: 0}) inserts one key after the other.
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.len')]]);
    const final: PyValue = { d: [[1, 0], [2, 0]] };

    it('an intermediate length is ACCEPTABLE_INTERESTING', () => {
      expect(grade(s, outcome([[null], [1]], final)).expect).toBe('ACCEPTABLE_INTERESTING');
    });

    it('a length the dict never had is FORBIDDEN, blaming the read', () => {
      expect(grade(s, outcome([[null], [5]], final))).toMatchObject({ expect: 'FORBIDDEN', blamed: [1, 0] });
    });
  });

  it('"safe" writers may reorder a dict, but not lose or invent items', () => {
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.update', { d: [[2, 1], [1, 1]] })]]);
    const nulls = [[null], [null]];
    expect(grade(s, outcome(nulls, { d: [[2, 1], [1, 1]] })).expect).toBe('ACCEPTABLE_INTERESTING');
    expect(grade(s, outcome(nulls, { d: [[1, 1], [2, 9]] })).expect).toBe('FORBIDDEN');
  });
});

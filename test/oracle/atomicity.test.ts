// Teeth for the atomic class (issue 20, part 4): an operation documented atomic must stay one step in the
// grader, so that a model loosened into visible steps (a clear() removing keys one by one) fails here rather
// than pass every other grader test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, operation } from '../../src/catalogue/catalogue.ts';
import type { ContainerType, Operation } from '../../src/catalogue/operation.ts';
import { enumerateOutcomes } from '../../src/oracle/enumerateOutcomes.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { operationFor } from '../../src/oracle/operationFor.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { fullStateArb } from '../../generators/initialState.ts';
import { opCallArb } from '../../generators/opCall.ts';
import type { Domain } from '../../generators/argument.ts';
import { call, outcome, scenarioOf } from './scenarioOf.ts';

// The newest models, and 3.13's (variants: set readers locked, bulk writers one change).
const VERSIONS = [undefined, '3.13.15'] as const;

const grade = (s: Scenario, o: string, version?: string) => gradeOutcome(expectationsOf(planOf(s, version)), o).expect;

describe('clear() is one step: a reader beside it sees the container whole or empty', () => {
  // Three items, one clear() and a lock-free reader: a reader that saw one item left saw clear() half done.
  const cases = [
    // list_clear_impl: the size is set to 0 before ob_item is dropped (Objects/listobject.c).
    { c: 'list', initial: [1, 2, 3], reader: call('list.len'), half: 1, empty: [] },
    // dict_clear -> clear_lock_held swaps in the empty keys object at once (Objects/dictobject.c).
    { c: 'dict', initial: [[0, 1], [1, 2], [2, 3]], reader: call('dict.len'), half: 1, empty: { d: [] } },
    // set_clear_internal under the set's critical section; set_len reads `used` once (Objects/setobject.c).
    { c: 'set', initial: [0, 1, 2], reader: call('set.len'), half: 1, empty: { s: [] } },
  ] as const;
  for (const { c, initial, reader, half, empty } of cases) {
    for (const version of VERSIONS) {
      const s = scenarioOf(c, [[call(`${c}.clear`)], [reader]], { initial: initial as Scenario['initial'] });
      it(`${c}.clear() beside len(): 3 or 0 are ACCEPTABLE, ${half} of 3 is FORBIDDEN (${version ?? 'newest'})`, () => {
        expect(grade(s, outcome([[null], [3]], empty), version)).toMatch(/^ACCEPTABLE/);
        expect(grade(s, outcome([[null], [0]], empty), version)).toMatch(/^ACCEPTABLE/);
        expect(grade(s, outcome([[null], [half]], empty), version)).toBe('FORBIDDEN');
        expect(grade(s, outcome([[null], [2]], empty), version)).toBe('FORBIDDEN');
      });
    }
  }

  // Two reads of the first and the last item in one thread, in both orders, beside clear(): one found gone and
  // the other still there needs a clear() that removes items one at a time, whatever order it takes them in.
  it.each([
    ['dict', [[0, 1], [1, 2], [2, 3]], 'dict.contains', [0, 2]],
    ['dict', [[0, 1], [1, 2], [2, 3]], 'dict.get', [0, 2]],
    ['list', [1, 2, 3], 'list.getitem', [0, 2]],
    ['list', [1, 2, 3], 'list.contains', [1, 3]],
    ['set', [0, 1, 2], 'set.contains', [0, 2]],
  ] as const)('%s.clear() beside two reads (%s) of its first and last item: never one gone and one there', (c, initial, reader, [first, last]) => {
    for (const version of VERSIONS) {
      for (const reads of [[first, last], [last, first]]) {
        const s = scenarioOf(c, [[call(`${c}.clear`)], reads.map((k) => call(reader, k))], { initial: initial as Scenario['initial'] });
        const plan = planOf(s, version);
        expect([...enumerateOutcomes(plan, 'split').outcomes].sort(), `${JSON.stringify(reads)} on ${version ?? 'newest'}`)
          .toEqual([...enumerateOutcomes(plan, 'atomic').outcomes].sort());
      }
    }
  });

  it.each(['dict', 'set', 'list'] as const)('%s.clear() has one step that never runs again', (c) => {
    for (const version of VERSIONS) {
      const op = operationFor(operation(`${c}.clear`), version);
      expect(op.steps).toHaveLength(1);
      const initial = c === 'dict' ? [[0, 1], [1, 2]] : [0, 1];
      expect(op.steps[0](initial as never, [], undefined).every((b) => !b.again && b.state.length === 0)).toBe(true);
    }
  });
});

/**
 * The partners an atomic operation is tried beside: every operation of its container documented atomic too,
 * whose model is one step (not checked against a window). Any two atomic operations must linearise: a
 * lock-free reader among them (len, get, getitem) sees any intermediate state a writer's model exposes.
 */
const partnersOf = (container: ContainerType, version: string | undefined): readonly Operation[] =>
  catalogue.filter((op) => op.container === container && !op.fixture && op.guarantee === 'atomic')
    .map((op) => operationFor(op, version)).filter((op) => op.steps.length === 1 && !op.window && !op.holdsLock);

const DOMAIN: Domain = { key: 'int', value: 'small' };

/**
 * A few scenarios of `a` in one thread, `b` twice in another (so that two reads can straddle a writer), from
 * full containers, with drawn arguments (fast-check, fixed seed).
 */
const pairs = (a: Operation, b: Operation): readonly Scenario[] =>
  fc.sample(fc.record({
    initial: fullStateArb(a.container, DOMAIN),
    x: opCallArb([a], DOMAIN),
    ys: fc.tuple(opCallArb([b], DOMAIN), opCallArb([b], DOMAIN)),
  }), { seed: 20, numRuns: 3 }).map(({ initial, x, ys }) => scenarioOf(a.container, [[x], ys], { initial }));

describe('every operation documented atomic is indivisible in the grader', () => {
  const atomic = catalogue.filter((op) => op.guarantee === 'atomic' && !op.fixture);

  it('the catalogue has atomic operations of every container kind the suites draw', () => {
    const kinds = new Set(atomic.map((op) => op.container));
    for (const c of ['list', 'dict', 'set', 'list+list', 'dict+dict', 'set+set', 'odict', 'counter', 'defaultdict', 'instdict']) {
      expect(kinds, c).toContain(c);
    }
  });

  // Beside atomic operations of its container, an atomic operation gives only outcomes of some order of whole
  // operations ('atomic' granularity): a half-done state seen by a reader would be another outcome.
  for (const a of atomic) {
    it(`${a.id} (${a.label}) beside every atomic one-step operation takes effect at one point`, () => {
      let checked = 0;
      for (const version of VERSIONS) {
        const op = operationFor(a, version);
        for (const b of partnersOf(a.container, version)) {
          for (const s of pairs(op, b)) {
            const plan = planOf(s, version);
            const whole = enumerateOutcomes(plan, 'atomic', 200_000);
            const split = enumerateOutcomes(plan, 'split', 200_000);
            expect(split.truncated || whole.truncated).toBe(false);
            const extra = [...split.outcomes].filter((o) => !whole.outcomes.has(o));
            expect(extra, `${a.id} beside ${b.id} on ${version ?? 'newest'}: ${JSON.stringify(s)}`).toEqual([]);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

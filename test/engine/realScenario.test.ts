import { describe, expect, it } from 'vitest';
import { catalogue, operation } from '../../src/catalogue/catalogue.ts';
import { realScenario } from '../../src/engine/realScenario.ts';
import { call, scenarioOf } from '../oracle/scenarioOf.ts';

describe('realScenario: the known-issue registry sees a planted bug as the operation it stands in for', () => {
  it('maps each planted call to the real id, keeping its arguments and place', () => {
    const s = scenarioOf('dict+iter', [[call('fixture.dict+iter.next-invented'), call('dict+iter:c.setitem', 1, 2)],
      [call('dict+iter.next')]]);
    expect(realScenario(s).threads).toEqual([[call('dict+iter.next'), call('dict+iter:c.setitem', 1, 2)], [call('dict+iter.next')]]);
  });

  it('leaves a scenario without planted bugs as it is (the same object)', () => {
    const s = scenarioOf('list', [[call('list.append', 1)], [call('list.pop')]]);
    expect(realScenario(s)).toBe(s);
  });

  it('leaves a planted bug that takes other arguments than the real one alone (lst.insert(0, x))', () => {
    const s = scenarioOf('list', [[call('fixture.list.insert-reordered', 1)], [call('list.pop')]]);
    expect(realScenario(s)).toBe(s);
  });

  // The mapping is sound only where the planted call is a valid call of the real operation.
  it.each(catalogue.filter((op) => op.fixture !== undefined && op.standsFor !== undefined).map((op) => [op.id, op.standsFor!]))(
    '%s stands in for %s: same container, arguments and model', (id, real) => {
      const planted = operation(id), op = operation(real);
      expect(op.fixture).toBeUndefined();
      expect(planted.container).toBe(op.container);
      expect(planted.args).toEqual(op.args);
      expect(planted.steps).toBe(op.steps);
      expect(planted.doc).toBe(op.doc);
    });
});

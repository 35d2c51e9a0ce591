import { describe, expect, it } from 'vitest';
import { freezeFunction, initialLiteral } from '../../src/render/initialLiteral.ts';
import { scenarioView } from '../../src/render/scenarioView.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { call, scenarioOf } from '../oracle/scenarioOf.ts';

describe('initialLiteral', () => {
  it('builds each container from the model state', () => {
    expect(initialLiteral('list', [1, 2])).toBe('[1, 2]');
    expect(initialLiteral('list', [])).toBe('[]');
    expect(initialLiteral('dict', [[1, 10], ['a', 2]])).toBe('{1: 10, "a": 2}');
    expect(initialLiteral('dict', [])).toBe('{}');
    expect(initialLiteral('set', ['b', 'a'])).toBe('{"b", "a"}');
    expect(initialLiteral('set', [])).toBe('set()');
  });

  it('builds a container with its shared iterator through the prelude (a dict\'s with its holes)', () => {
    expect(initialLiteral('list+iter', [1])).toBe('_LI([1])');
    expect(initialLiteral('dict+iter', [[[1, 0]], 'items', [-1, -2]] as unknown as Scenario['initial']))
      .toBe('_DI({1: 0}, "items", (-1, -2))');
    expect(initialLiteral('dict+reviter', [[], 'reversed', []] as unknown as Scenario['initial'])).toBe('_DI({}, "reversed", ())');
    expect(initialLiteral('set+iter', ['a'])).toBe('_SI({"a"})');
    expect(initialLiteral('frozenset+iter', [])).toBe('_FI(set())');
  });

  it('freezes the final state with the prelude function of the container', () => {
    expect([freezeFunction('list'), freezeFunction('dict'), freezeFunction('set')]).toEqual(['FL', 'FD', 'FS']);
    expect(['list+iter', 'dict+iter', 'dict+reviter', 'set+iter', 'frozenset+iter'].map((c) => freezeFunction(c as never)))
      .toEqual(['FITER', 'FDITER', 'FDITER', 'FSITER', 'FSITER']);
  });
});

describe('scenarioView', () => {
  const mixed = (lock: Scenario['lock']) => scenarioOf('dict',
    [[call('dict.setitem', 'k', 1), call('dict.rmw-increment', 'k')], [call('dict.get', 'k')], [call('dict.len')]], { lock });
  const view = (s: Scenario, over = {}) => scenarioView({ id: 's-1', scenario: s, budgetS: 0.25, maxRuns: 10.7, seed: -1, ...over });

  it.each([
    ['none', [[false, false], [false], [false]]],
    ['compound', [[false, true], [false], [false]]],
    ['all', [[true, true], [true], [true]]],
  ] as const)('lock %s locks exactly the operations it names', (lock, expected) => {
    expect(view(mixed(lock)).threads.map((t) => t.ops.map((o) => o.locked))).toEqual(expected);
  });

  it('lists, for every thread, the threads it waits for', () => {
    expect(view(mixed('none')).threads.map((t) => t.others)).toEqual([[1, 2], [0, 2], [0, 1]]);
  });

  it('renders arguments through pyLiteral into the operation code', () => {
    expect(view(mixed('none')).threads[0].ops[0].lines).toEqual(['c["k"] = 1', 'r = None']);
  });

  it('numbers become the text Python needs: unsigned seed, whole runs, a generous watchdog', () => {
    const v = view(mixed('none'));
    expect(v).toMatchObject({ id: 's-1', fn: 's_1', budget: '0.250', maxRuns: '10', seed: '4294967295', watchdog: '31',
      initial: '{}', final: 'FD' });
    expect(view(mixed('none'), { maxRuns: 0 }).maxRuns).toBe('1');
  });
});

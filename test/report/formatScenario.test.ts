import { describe, expect, it } from 'vitest';
import { formatScenario } from '../../src/report/format/formatScenario.ts';
import { forbiddenOutcome, makeScenario } from './fixtures.ts';

describe('formatScenario', () => {
  it('tabulates each thread in its own column under the initial state and lock mode', () => {
    expect(formatScenario(makeScenario())).toBe(
      [
        "dict, initial {1: 'a'}, lock: none (no lock)",
        '| t0                      | t1                      |',
        '|-------------------------|-------------------------|',
        "| dict.setdefault(2, 'b') | dict.setdefault(2, 'c') |",
        '|                         | dict.pop(1)             |',
      ].join('\n'),
    );
  });
  it('annotates each call with its result and shows the final state of an outcome', () => {
    const text = formatScenario(makeScenario(), { outcome: forbiddenOutcome });
    expect(text).toContain("dict.setdefault(2, 'b'): 'b'");
    expect(text).toContain("dict.pop(1): 'a'");
    expect(text.split('\n').at(-1)).toBe("final {2: 'c'}");
  });
  it('renders sets, lists and the lock modes; takes a custom call renderer', () => {
    const s = makeScenario({ container: 'set', initial: [], lock: 'all', threads: [[{ op: 'set.add', args: [1] }], []] });
    const text = formatScenario(s, { renderCall: (c) => `s.${c.op.split('.')[1]}(${c.args.join(', ')})`, indent: '  ' });
    expect(text.split('\n')[0]).toBe('  set, initial set(), lock: all (every operation under one shared lock)');
    expect(text.split('\n')[3]).toBe('  | s.add(1) |    |');
    expect(formatScenario(makeScenario({ container: 'list', initial: [1, 2], lock: 'compound' })).split('\n')[0]).toBe(
      'list, initial [1, 2], lock: compound (only the never-atomic operations under a lock)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatOutcome } from '../../src/report/format/formatOutcome.ts';
import { formatPyValue } from '../../src/report/format/formatPyValue.ts';

describe('formatPyValue', () => {
  it('writes Python literals', () => {
    expect(formatPyValue(null)).toBe('None');
    expect(formatPyValue(true)).toBe('True');
    expect(formatPyValue(-3)).toBe('-3');
    expect(formatPyValue('a')).toBe("'a'");
    expect(formatPyValue("it's")).toBe('"it\'s"');
    expect(formatPyValue('a\nb\\')).toBe("'a\\nb\\\\'");
    expect(formatPyValue([1, [2, 'x']])).toBe("[1, [2, 'x']]");
    expect(formatPyValue({ d: [[1, 'a'], ['k', [2]]] })).toBe("{1: 'a', 'k': [2]}");
    expect(formatPyValue({ d: [] })).toBe('{}');
    expect(formatPyValue({ s: [1, 2] })).toBe('{1, 2}');
    expect(formatPyValue({ s: [] })).toBe('set()');
    expect(formatPyValue({ e: 'KeyError' })).toBe('KeyError!');
  });
});

describe('formatOutcome', () => {
  it('renders thread results and the final state', () => {
    expect(formatOutcome('[[1],[1],{"d":[[1,1]]}]')).toBe('t0: 1 | t1: 1 | final {1: 1}');
  });
  it('joins several results of one thread, marks exceptions, dashes an empty thread', () => {
    expect(formatOutcome('[[1,{"e":"KeyError"}],[],{"s":[]}]')).toBe('t0: 1, KeyError! | t1: - | final set()');
  });
  it('returns what it cannot read unchanged', () => {
    expect(formatOutcome('not json')).toBe('not json');
    expect(formatOutcome('{"a":1}')).toBe('{"a":1}');
  });
});

import ejs from 'ejs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { pyCompare } from '../../src/catalogue/pyValue.ts';
import { loadTemplate } from '../../src/render/loadTemplate.ts';
import { pyList, pyLiteral } from '../../src/render/pyLiteral.ts';
import { runPython } from './python.ts';

describe('pyLiteral', () => {
  it.each<[string, PyValue, string]>([
    ['an int', 42, '42'],
    ['zero', 0, '0'],
    ['a negative int', -7, '-7'],
    ['an int below the mortal range', 999, '999'],
    ['a mortal int, built at run time', 1000, '_M(1000)'],
    ['the largest safe int, built at run time', Number.MAX_SAFE_INTEGER, '_M(9007199254740991)'],
    ['a fresh string, built at run time', '~k1', '_S("~k1")'],
    ['None', null, 'None'],
    ['True', true, 'True'],
    ['False', false, 'False'],
    ['a plain string', 'abc', '"abc"'],
    ['a string with quotes', `it's "q"`, `"it's \\"q\\""`],
    ['a string with a backslash', 'a\\b', '"a\\\\b"'],
    ['a string with a newline and a tab', 'a\nb\tc', '"a\\nb\\tc"'],
    ['the empty tuple', [], '()'],
    ['a 1-tuple (trailing comma)', [1], '(1,)'],
    ['an n-tuple', [1, 'a', null], '(1, "a", None)'],
    ['nested tuples', [[1], []], '((1,), ())'],
    ['a dict', { d: [[1, 'a'], ['b', [2]]] }, '{1: "a", "b": (2,)}'],
    ['the empty dict', { d: [] }, '{}'],
    ['a set', { s: [3, 1] }, '{3, 1}'],
    ['the empty set (not {}, which is a dict)', { s: [] }, 'set()'],
  ])('%s', (_, value, literal) => {
    expect(pyLiteral(value)).toBe(literal);
  });

  it('refuses what has no Python literal: floats, unsafe ints, exception markers', () => {
    expect(() => pyLiteral(1.5)).toThrow(/only integers/);
    expect(() => pyLiteral(2 ** 60)).toThrow(/only integers/);
    expect(() => pyLiteral({ e: 'KeyError' })).toThrow(/exception marker/);
  });

  it('pyList writes a list, not a tuple', () => {
    expect(pyList([])).toBe('[]');
    expect(pyList([1])).toBe('[1]');
    expect(pyList([1, [2]])).toBe('[1, (2,)]');
  });
});

// ASCII without DEL: the prelude's json.dumps escapes DEL and non-ASCII (ensure_ascii) where
// JSON.stringify does not; the generators only draw ASCII keys.
const text = fc.string({ unit: fc.integer({ min: 0, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 6 });
const int = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.maxSafeInteger());
const key: fc.Arbitrary<PyValue> = fc.oneof(int, text, fc.array(fc.oneof(int, text), { maxLength: 2 }));
const members = fc.oneof(fc.uniqueArray(int, { maxLength: 4 }), fc.uniqueArray(text, { maxLength: 4 }));

/** Any value the generated programs exchange with the oracle (hashable where Python needs it). */
const { value } = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    int, text, fc.constantFrom(null, true, false),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.uniqueArray(fc.tuple(key, tie('value')), { maxLength: 3, selector: ([k]) => JSON.stringify(k) }).map((d) => ({ d })),
    members.map((s) => ({ s }))),
}));

/** The encoding the oracle expects: as JSON, with set members sorted the way Python sorts them. */
const encoding = (v: PyValue): PyValue => {
  if (Array.isArray(v)) return v.map(encoding);
  if (v === null || typeof v !== 'object') return v;
  if ('d' in v) return { d: v.d.map(([k, x]) => [encoding(k), encoding(x)] as const) };
  if ('s' in v) return { s: [...v.s].sort(pyCompare).map(encoding) };
  return v;
};

describe('pyLiteral and the prelude agree on the encoding', () => {
  it("Python's KEY(eval(pyLiteral(v))) is JSON.stringify of v's encoding", async () => {
    const samples = fc.sample(value, { numRuns: 300 });
    const prelude = ejs.render(loadTemplate('_prelude.py.ejs').text, {});
    // One process for every sample: literals come in on stdin, one JSON string per line.
    const program = `${prelude}\nimport sys\nfor line in sys.stdin:\n    print(KEY(eval(_json.loads(line))))\n`;
    const input = samples.map((v) => JSON.stringify(pyLiteral(v))).join('\n') + '\n';
    const run = await runPython(program, [], input);
    expect(run.stderr).toBe('');
    const got = run.stdout.split('\n').slice(0, samples.length);
    samples.forEach((v, i) => {
      expect({ literal: pyLiteral(v), key: got[i] }).toEqual({ literal: pyLiteral(v), key: JSON.stringify(encoding(v)) });
    });
  });
});

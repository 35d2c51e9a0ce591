// The consistency check every program runs on each container after each run (FL, FD, FS in the prelude):
// quiet for a sound container, a {"x": detail} final state for one whose len, lookups or indexes disagree
// with its iteration. Lying subclasses stand in for a corrupted object.
import { describe, expect, it } from 'vitest';
import ejs from 'ejs';
import { loadTemplate } from '../../src/render/loadTemplate.ts';
import { jsonLines, runPython } from './python.ts';

const prelude = (): string => {
  const { text, filename } = loadTemplate('_prelude.py.ejs');
  return ejs.render(text, {}, { filename });
};

const check = async (body: string): Promise<unknown[]> => {
  const run = await runPython(`${prelude()}\n${body}`);
  expect(run.stderr).toBe('');
  return jsonLines(run.stdout).map((l) => l.out);
};

describe('the per-run consistency check', () => {
  it('passes sound containers through, frozen as the oracle encodes them', async () => {
    expect(await check([
      'print(_json.dumps({"out": ENC(FL([3, 1]))}))',
      'print(_json.dumps({"out": ENC(FD({2: 0, 1: 1}))}))',
      'print(_json.dumps({"out": ENC(FS({2, 1}))}))',
    ].join('\n'))).toEqual([[3, 1], { d: [[2, 0], [1, 1]] }, { s: [1, 2] }]);
  });

  it('reports a list whose len or indexes disagree with its iteration', async () => {
    const out = await check([
      'class Short(list):',
      '    def __len__(self): return 1',
      'class Shifted(list):',
      '    def __getitem__(self, i): return list.__getitem__(self, (i + 1) % list.__len__(self))',
      'print(_json.dumps({"out": ENC(FL(Short([1, 2])))}))',
      'print(_json.dumps({"out": ENC(FL(Shifted([1, 2])))}))',
    ].join('\n'));
    expect(out).toEqual([{ x: 'len(lst) is 1 but iteration gave 2 items' }, { x: 'lst[0] is 2 but iteration gave 1' }]);
  });

  it('reports a dict whose lookups miss an iterated key, and a set with a member it does not contain', async () => {
    const out = await check([
      'class Blind(dict):',
      '    def get(self, k, default=None): return default if k == 2 else dict.get(self, k, default)',
      'class Forgetful(set):',
      '    def __contains__(self, x): return x != 1',
      'print(_json.dumps({"out": ENC(FD(Blind({1: 0, 2: 0})))}))',
      'print(_json.dumps({"out": ENC(FS(Forgetful({1, 2})))}))',
    ].join('\n'));
    // Canonical text (no object address): the outcome is the same string in every run.
    expect(out[0]).toEqual({ x: 'd[2] is missing but iteration gave it with 0' });
    expect(out[1]).toEqual({ x: '1 was iterated but is not in the set' });
  });

  it('reports a dict that iterates one key twice (seen on 3.13.5t: clear() inside an insert\'s __eq__, gh-140551)', async () => {
    const out = await check([
      'class Twice(dict):',
      '    def items(self): return [(1, 0), (1, 0)]',
      '    def __len__(self): return 2',
      'print(_json.dumps({"out": ENC(FD(Twice({1: 0})))}))',
    ].join('\n'));
    expect(out).toEqual([{ x: 'the dict holds a key twice: iteration gave [1, 1]' }]);
  });

  it('reports a dict or set freed under a shared iterator whose memory now holds another object', async () => {
    // The pair (container, iterator) still names the old address; a tuple stands in for what moved in.
    const out = await check([
      'print(_json.dumps({"out": ENC(FDITER(((1, 2), None)))}))',
      'print(_json.dumps({"out": ENC(FSITER(((1, 2), None)))}))',
      'print(_json.dumps({"out": ENC(FDITER(_DI({1: 0}, "reversed", (-1,))))}))',
      'print(_json.dumps({"out": ENC(FSITER(_FI({1})))}))',
    ].join('\n'));
    expect(out).toEqual([{ x: 'the dict is now a tuple object: freed while still referenced' },
      { x: 'the set is now a tuple object: freed while still referenced' }, { d: [[1, 0]] }, { s: [1] }]);
  });

  it('reports a shared iterator\'s container whose reference was dropped twice, and keeps it alive', async () => {
    // ctypes' Py_DecRef stands in for the second `Py_DECREF(d)` of gh-154130: the harness's own reference
    // keeps the dict alive, the count is one short, and the check says so (any CPython, GIL or not).
    const out = await check([
      'import ctypes, gc',
      'def dropped_twice(p):',
      '    for _ in p[1]: pass',
      '    ctypes.pythonapi.Py_DecRef(ctypes.py_object(p[0]))',
      '    return p',
      'p = _DI({1: 0}, "keys", ())',
      'print(_json.dumps({"out": ENC(FDITER(dropped_twice(p)))}))',
      'q = _SI({1})',
      'print(_json.dumps({"out": ENC(FSITER(dropped_twice(q)))}))',
      // Released, the pair frees nothing twice: the kept reference makes up for the lost one.
      'del p, q; gc.collect()',
      'print(_json.dumps({"out": sorted(map(len, _LEAKED))}))',
      // An exhausted or a live iterator, no drop too many: the container as it is.
      'r = _DI({2: 0}, "values", ())',
      'for _ in r[1]: pass',
      'print(_json.dumps({"out": ENC(FDITER(r))}))',
      'print(_json.dumps({"out": ENC(FSITER(_SI({3, 4})))}))',
      // A check after each operation (the serial programs) sees the same pair again and again.
      'a = _DI({5: 5}, "keys", ())',
      'print(_json.dumps({"out": [ENC(FDITER(a)), ENC(FDITER(a))]}))',
    ].join('\n'));
    expect(out).toEqual([
      { x: 'the dict\'s reference was dropped twice (9 references where at least 10 are held): freed while still referenced' },
      { x: 'the set\'s reference was dropped twice (9 references where at least 10 are held): freed while still referenced' },
      [1, 1, 1, 1],
      { d: [[2, 0]] }, { s: [3, 4] },
      [{ d: [[5, 5]] }, { d: [[5, 5]] }],
    ]);
  });
});

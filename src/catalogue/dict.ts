import type { DictState, DocRef, Operation } from './operation.ts';
import { exc } from './pyValue.ts';
import { dictGet, dictHas, dictSet } from './dictModel.ts';

// Doc/library/threadsafety.rst, "Thread safety for dict objects" (3.14+ docs); the 3.13 howto says
// built-in types use internal locks "in ways that behave similarly to the GIL".
const SINGLE_WRITE: DocRef = {
  sentence: 'Single-item writes such as d[key] = value, del d[key], d.pop(key), d.setdefault(key, value) hold the per-object lock and are atomic with respect to other operations on the dict.',
  source: 'Doc/library/threadsafety.rst#thread-safety-dict',
  since: '3.13',
};
const READ: DocRef = {
  sentence: 'd[key], d.get(key), key in d and len(d) are atomic and do not take the lock.',
  source: 'Doc/library/threadsafety.rst#thread-safety-dict',
  since: '3.13',
};
const RMW: DocRef = {
  sentence: 'Read-modify-write sequences such as d[key] = d[key] + 1 are not atomic; use a lock.',
  source: 'Doc/library/threadsafety.rst#thread-safety-dict',
  since: '3.13',
};

export const dictSetdefault: Operation<DictState> = {
  id: 'dict.setdefault',
  container: 'dict',
  label: 'd.setdefault(k, v)',
  args: ['key', 'value'],
  python: ([k, v]) => [`r = c.setdefault(${k}, ${v})`],
  guarantee: 'atomic',
  doc: SINGLE_WRITE,
  exceptions: [],
  writes: true,
  steps: [(d, [k, v]) => {
    const cur = dictGet(d, k);
    return cur === undefined ? [{ state: dictSet(d, k, v), result: v }] : [{ state: d, result: cur }];
  }],
};

export const dictGetDefault: Operation<DictState> = {
  id: 'dict.get',
  container: 'dict',
  label: 'd.get(k)',
  args: ['key'],
  python: ([k]) => [`r = c.get(${k})`],
  guarantee: 'atomic',
  doc: READ,
  exceptions: [],
  writes: false,
  steps: [(d, [k]) => [{ state: d, result: dictGet(d, k) ?? null }]],
};

export const dictIncrement: Operation<DictState> = {
  id: 'dict.rmw-increment',
  container: 'dict',
  label: 'd[k] = d.get(k, 0) + 1',
  args: ['key'],
  python: ([k]) => [`r = c[${k}] = c.get(${k}, 0) + 1`],
  guarantee: 'never-atomic',
  doc: RMW,
  exceptions: [],
  writes: true,
  steps: [
    (d, [k]) => {
      const v = dictGet(d, k) ?? 0;
      return [{ state: d, tmp: typeof v === 'number' ? v + 1 : exc('TypeError') }];
    },
    (d, [k], tmp) => [{ state: dictSet(d, k, tmp ?? null), result: tmp ?? null }],
  ],
};

export const dictOps: readonly Operation<DictState>[] = [dictSetdefault, dictGetDefault, dictIncrement];

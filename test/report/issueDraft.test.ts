// The upstream issue draft (pure): every part the brief of a CPython bug report needs, from plain data.
import { describe, expect, it } from 'vitest';
import { gilVerdict, issueDraft, type IssueDraft, type ReproducerRun } from '../../src/report/issueDraft/issueDraft.ts';

const run = (gil: boolean, reproduced: boolean): ReproducerRun =>
  ({ interp: '3.13.15t', gil, reproduced, summary: `3.13.15: a forbidden outcome in ${reproduced ? 3 : 0} of 4,897 rounds` });

const draft = (over: Partial<IssueDraft> = {}): IssueDraft => ({
  title: 'Free-threaded 3.13.15t: dict.setdefault is atomic (failed)',
  finding: 'FORBIDDEN outcome in 37 of 512 runs: no interleaving of the documented atomic steps gives this',
  interps: [{ label: '3.13.15t', build: '3.13.15 experimental free-threading build, /py/bin/python3.13t' }],
  guarantee: { sentence: 'd.setdefault(key, v) is atomic.', source: 'Doc/library/threadsafety.rst#thread-safety-dict', since: '3.13' },
  cFunctions: [{ op: 'lst[i]', model: 'Objects/listobject.c list_get_item_ref: size, ob_item, then the slot' }],
  scenario: ['c = {}  # shared dict; lock: none', 'thread 0:', '    r = c.setdefault(1, 10)'],
  reproducer: { source: 'import sys\nprint("```")\nsys.exit(1)\n', file: 'reports/repro/dict-1a2b.short.py' },
  confirmed: { hits: 5, tries: 5, seconds: 1, interp: '3.13.15t' },
  runs: [run(false, true), run(true, false)],
  foundBy: 'ftconform (dict suite), seed 7: `npx ftconform run --seed=7 --path=3 --suite dict`',
  tool: 'ftconform 0.1.0',
  ...over,
});

describe('issueDraft', () => {
  it('has the title, interpreters, the guarantee with its doc sentence, the C code and the replay', () => {
    const md = issueDraft(draft());
    expect(md.split('\n')[1]).toBe('# Free-threaded 3.13.15t: dict.setdefault is atomic (failed)');
    expect(md).toContain('- **Interpreters tried:** 3.13.15t (`3.13.15 experimental free-threading build, /py/bin/python3.13t`).');
    expect(md).toContain('- **Guarantee broken:** "d.setdefault(key, v) is atomic." (Doc/library/threadsafety.rst#thread-safety-dict; since Python 3.13).');
    expect(md).toContain('  - `lst[i]`: Objects/listobject.c list_get_item_ref: size, ob_item, then the slot');
    expect(md).toContain('`npx ftconform run --seed=7 --path=3 --suite dict`');
    expect(md).toContain('What happens: FORBIDDEN outcome in 37 of 512 runs');
  });

  it('inlines the reproducer in a fence its own backticks cannot close', () => {
    const md = issueDraft(draft());
    expect(md).toContain('````python\nimport sys\nprint("```")\nsys.exit(1)\n````');
    expect(md).toContain('(`reports/repro/dict-1a2b.short.py`)');
  });

  it('gives the hit rate of the confirmation and of each run of the reproducer, PYTHON_GIL=1 marked', () => {
    const md = issueDraft(draft());
    expect(md).toContain("- ftconform's confirmation runs of the scenario on 3.13.15t: reproduced in 5 of 5 runs of 1 s.");
    expect(md).toContain('- The reproducer on 3.13.15t: reproduced (3.13.15: a forbidden outcome in 3 of 4,897 rounds).');
    expect(md).toContain('- The reproducer on 3.13.15t with `PYTHON_GIL=1`: not reproduced (3.13.15: a forbidden outcome in 0 of 4,897 rounds).');
  });

  it('says whether it shows with the GIL too, and claims "only without" only on evidence without it', () => {
    expect(gilVerdict([run(false, true), run(true, true)])).toMatch(/^also with the GIL/);
    expect(gilVerdict([run(false, true), run(true, false)])).toMatch(/^only without the GIL/);
    expect(gilVerdict([run(false, false), run(true, false)], 3)).toMatch(/^only without the GIL/);
    expect(gilVerdict([run(false, false), run(true, false)], 0)).toMatch(/^not shown with PYTHON_GIL=1, nor/);
    expect(gilVerdict([run(false, true)])).toBe('not run with PYTHON_GIL=1');
    expect(issueDraft(draft())).toContain('- **Where it shows:** only without the GIL');
  });

  it('leaves out what it does not know: no guarantee, no C code, no scenario, no confirmation; adds an analysis', () => {
    const md = issueDraft(draft({ guarantee: undefined, cFunctions: [], scenario: undefined, confirmed: undefined, analysis: 'list_resize sets the size first.' }));
    expect(md).not.toContain('Guarantee broken');
    expect(md).not.toContain('C code involved');
    expect(md).not.toContain('### The scenario');
    expect(md).not.toContain('confirmation runs');
    expect(md).toContain('### Analysis\n\nlist_resize sets the size first.');
  });

  it('is pure: the same data gives the same text', () => {
    expect(issueDraft(draft())).toBe(issueDraft(draft()));
  });
});

import { describe, expect, it } from 'vitest';
import type { KnownRace } from '../../src/knownIssues/knownRace.ts';
import { isKnownRace } from '../../src/knownIssues/knownRace.ts';
import { loadKnownIssues, loadKnownRaces } from '../../src/knownIssues/loadKnownIssues.ts';
import { matchKnownRace } from '../../src/knownIssues/matchKnownRace.ts';

const entry = (over: Partial<KnownRace> = {}): KnownRace => ({
  id: 'gh-1', title: 't', url: 'https://github.com/python/cpython/issues/1', versions: { min: '3.13.0', below: '3.14.0' },
  symptom: 'data-race', frames: ['list_ass_slice_lock_held', 'list_get_item_ref'], why: 'w', reproducer: 'r.py', ...over,
});
const race = (a: string, b: string, kind = 'data race') =>
  ({ kind, accesses: [a, b].map((blamed) => ({ what: 'Write of size 8', thread: 'T1', blamed, frames: [] })) });

describe('matchKnownRace', () => {
  it('matches the pair of blamed frames in either order, within the version range', () => {
    expect(matchKnownRace([entry()], '3.13.15', race('list_get_item_ref', 'list_ass_slice_lock_held'))?.id).toBe('gh-1');
    expect(matchKnownRace([entry()], '3.13.15', race('list_ass_slice_lock_held', 'list_get_item_ref'))?.id).toBe('gh-1');
    expect(matchKnownRace([entry()], '3.14.0', race('list_get_item_ref', 'list_ass_slice_lock_held'))).toBeUndefined();
    expect(matchKnownRace([entry()], '3.12.9', race('list_get_item_ref', 'list_ass_slice_lock_held'))).toBeUndefined();
  });

  it("takes '*' for any function on one side, and never matches another pair or another kind of warning", () => {
    const any = entry({ frames: ['list_inplace_repeat_lock_held', '*'] });
    expect(matchKnownRace([any], '3.13.5', race('list_get_item_ref', 'list_inplace_repeat_lock_held'))).toBe(any);
    expect(matchKnownRace([entry()], '3.13.5', race('list_get_item_ref', 'list_pop_impl'))).toBeUndefined();
    expect(matchKnownRace([entry()], '3.13.5', race('list_get_item_ref', 'list_ass_slice_lock_held', 'heap-use-after-free'))).toBeUndefined();
  });

  it('with one stack not restored, lets the restored frame decide, only when one known race names it', () => {
    const reverse = entry({ id: 'gh-r', frames: ['reverse_slice', 'list_get_item_ref'] });
    const slice = entry({ id: 'gh-s' });
    expect(matchKnownRace([slice, reverse], '3.13.15', race('?', 'reverse_slice'))?.id).toBe('gh-r');
    expect(matchKnownRace([slice, reverse], '3.13.15', race('reverse_slice', '?'))?.id).toBe('gh-r');
    // The reader of both: it identifies neither.
    expect(matchKnownRace([slice, reverse], '3.13.15', race('?', 'list_get_item_ref'))).toBeUndefined();
    expect(matchKnownRace([slice, reverse], '3.13.15', race('?', 'dictiter_iternext_threadsafe'))).toBeUndefined();
    expect(matchKnownRace([slice, reverse], '3.14.1', race('?', 'reverse_slice'))).toBeUndefined();
    expect(matchKnownRace([slice, reverse], '3.13.15', race('?', '?'))).toBeUndefined();
  });

  it('reads race entries and outcome entries apart from the one registry file', () => {
    expect(loadKnownRaces().every(isKnownRace)).toBe(true);
    expect(loadKnownIssues().some((k) => isKnownRace(k))).toBe(false);
    for (const k of loadKnownRaces()) {
      expect(k.frames).toHaveLength(2);
      expect(k.url).toMatch(/^https:\/\/github\.com\/python\/cpython\/(issues|pull)\/\d+$/);
    }
  });
});

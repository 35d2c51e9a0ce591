import { describe, expect, it } from 'vitest';
import { blameFrame, isMechanism } from '../../src/tsan/blameFrame.ts';
import { parseTsanReports } from '../../src/tsan/parseTsanReports.ts';
import { raceFrames, raceKey } from '../../src/tsan/raceKey.ts';
import { tsanFixture } from './fixture.ts';

describe('blameFrame', () => {
  it("skips atomics, header inlines and interceptors to the CPython function that made the access", () => {
    const [r] = parseTsanReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr'));
    expect(blameFrame(r.accesses[0].frames)?.fn).toBe('list_get_item_ref');
    expect(blameFrame(r.accesses[1].frames)?.fn).toBe('list_ass_slice_lock_held');
  });

  it.each([
    [{ fn: '_Py_atomic_load_ptr', file: 'Include/cpython/pyatomic_gcc.h', line: 300 }, true],
    [{ fn: '_Py_TryXGetRef', file: 'Include/internal/pycore_object.h', line: 535 }, true],
    [{ fn: 'memmove', file: '../../../../src/libsanitizer/sanitizer_common/sanitizer_common_interceptors.inc', line: 810 }, true],
    [{ fn: '__tsan_memcpy', module: 'python' }, true],
    [{ fn: 'free', module: 'libclang_rt.tsan-x86_64.so' }, true],
    [{ fn: 'dict_dict_merge', file: '/src/cpython/./Include/cpython/pyatomic_gcc.h' }, true],
    [{ fn: 'list_resize', file: 'Objects/listobject.c', line: 93 }, false],
    [{ fn: 'set_add_entry', file: '/home/u/cpython/Objects/setobject.c', line: 180, module: 'python3.13t' }, false],
  ])('%j is plumbing: %s', (frame, expected) => expect(isMechanism(frame)).toBe(expected));

  it('falls back to the innermost frame when every one is plumbing, and to nothing for an unrestored stack', () => {
    expect(blameFrame([{ fn: 'memcpy' }, { fn: '_Py_atomic_store_ptr', file: 'Include/x.h' }])?.fn).toBe('memcpy');
    expect(blameFrame([])).toBeUndefined();
  });
});

describe('raceKey', () => {
  it('is the pair of blamed functions, in either order', () => {
    const [r] = parseTsanReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr'));
    expect(raceFrames(r)).toEqual(['list_get_item_ref', 'list_ass_slice_lock_held']);
    expect(raceKey(r)).toBe('list_ass_slice_lock_held ⟷ list_get_item_ref');
    const swapped = { ...r, accesses: [...r.accesses].reverse() };
    expect(raceKey(swapped)).toBe(raceKey(r));
  });

  it("writes '?' for a stack TSAN could not restore, and names a warning other than a data race", () => {
    expect(raceKey(parseTsanReports(tsanFixture('gcc-unrestored-stack.stderr'))[0])).toBe('? ⟷ list_get_item_ref');
    const [race, uaf] = parseTsanReports(tsanFixture('clang-dict-merge.stderr'));
    expect(raceKey(race)).toBe('dict_dict_merge ⟷ split_keys_entry_added');
    expect(raceKey(uaf)).toBe('heap-use-after-free: dict_dict_merge ⟷ free_keys_object');
  });
});

import { describe, expect, it } from 'vitest';
import { parseFrame, parseTsanReports } from '../../src/tsan/parseTsanReports.ts';
import { tsanFixture } from './fixture.ts';

describe('parseTsanReports', () => {
  it('reads a gcc report of an ftconform program: both accesses, their stacks, the threads and the summary', () => {
    const [r, ...more] = parseTsanReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr'));
    expect(more).toEqual([]);
    expect(r.kind).toBe('data race');
    expect(r.accesses.map((a) => [a.kind, a.size, a.previous, a.thread, a.frames.length]))
      .toEqual([['Atomic read', 8, false, 'T6', 17], ['Write', 8, true, 'T5', 15]]);
    expect(r.accesses[0].frames[2]).toEqual({ fn: 'list_get_item_ref', file: 'Objects/listobject.c', line: 403, module: 'python3.13t' });
    expect(r.accesses[1].frames[0]).toEqual({ fn: 'list_ass_slice_lock_held', file: 'Objects/listobject.c', line: 985, module: 'python3.13t' });
    expect(r.tids).toEqual({ T6: 9130, T5: 9129 });
    expect(r.summary).toBe('data race Include/cpython/pyatomic_gcc.h:300 in _Py_atomic_load_ptr');
    expect(r.text.startsWith('WARNING: ThreadSanitizer: data race (pid=9036)')).toBe(true);
    expect(r.text).not.toContain('==================');
    // Marker lines before it are not part of the report; its offset places it after them.
    expect(r.offset).toBe(tsanFixture('gcc-list-getitem-vs-setslice.stderr').indexOf('WARNING'));
  });

  it('reads the main thread, a global location and a finished thread (a C program)', () => {
    const [r] = parseTsanReports(tsanFixture('gcc-c-global-main-thread.stderr'));
    expect(r.accesses.map((a) => `${a.previous ? 'previous ' : ''}${a.kind} by ${a.thread}`)).toEqual(['Read by main', 'previous Write by T1']);
    expect(r.location).toBe("global 'Global' of size 4 at 0x55a7ceaeb05c (race2+0x405c)");
    expect(r.tids).toEqual({ T1: 9475 });
  });

  it('keeps an access whose stack TSAN could not restore, with no frames', () => {
    const [r] = parseTsanReports(tsanFixture('gcc-unrestored-stack.stderr'));
    expect(r.accesses.map((a) => [a.thread, a.frames.length])).toEqual([['T9', 15], ['T10', 0]]);
  });

  it('reads what there is of a report cut short by the process dying', () => {
    const [r] = parseTsanReports(tsanFixture('gcc-truncated.stderr'));
    expect(r.accesses.map((a) => a.frames.length)).toEqual([17, 6]);
    expect(r.summary).toBeUndefined();
    expect(r.tids).toEqual({});
  });

  it('reads clang reports (columns, BuildId, mutexes, named threads) and other warnings than data races', () => {
    const rs = parseTsanReports(tsanFixture('clang-dict-merge.stderr'));
    expect(rs.map((r) => r.kind)).toEqual(['data race', 'heap-use-after-free']);
    const [race, uaf] = rs;
    expect(race.accesses[0]).toMatchObject({ kind: 'Atomic write', thread: 'T2', mutexes: 'read M0', previous: false });
    expect(race.accesses[0].frames[1]).toEqual({ fn: 'split_keys_entry_added', file: '/src/cpython/Objects/dictobject.c', line: 225, module: 'python3.13' });
    // A frame with a file but no line, and an unsymbolised one.
    expect(race.accesses[0].frames[4]).toEqual({ fn: 'dict_dict_merge', file: '/src/cpython/./Include/cpython/pyatomic_gcc.h', module: 'python3.13' });
    expect(race.accesses[1].frames[2]).toEqual({ fn: '<null>', module: 'libtsan.so.0' });
    // The allocation stack after the location line is not mistaken for an access.
    expect(race.accesses).toHaveLength(2);
    expect(race.location).toBe('heap block of size 40 at 0x7fffb695e100 allocated by thread T2');
    expect(race.tids).toEqual({ T2: 98561, T1: 98560 });
    expect(uaf.accesses.map((a) => a.thread)).toEqual(['T3', 'main']);
  });

  it('finds nothing in stderr without reports', () => {
    expect(parseTsanReports('Traceback (most recent call last):\n  File "x.py", line 1\nValueError\n')).toEqual([]);
    expect(parseTsanReports('')).toEqual([]);
  });
});

describe('parseFrame', () => {
  it.each([
    ['    #0 pthread_create ../../../../src/libsanitizer/tsan/tsan_interceptors_posix.cpp:1001 (libtsan.so.2+0x5e686)',
      { fn: 'pthread_create', file: '../../../../src/libsanitizer/tsan/tsan_interceptors_posix.cpp', line: 1001, module: 'libtsan.so.2' }],
    ['    #5 _PyDict_Next dictobject.c:3166 (python.exe:arm64+0x1000be214)', { fn: '_PyDict_Next', file: 'dictobject.c', line: 3166, module: 'python.exe:arm64' }],
    ['    #3 list_resize Objects/listobject.c:93:5', { fn: 'list_resize', file: 'Objects/listobject.c', line: 93 }],
    ['    #0 malloc <null> (libclang_rt.tsan-x86_64.so+0x5a6ba)', { fn: 'malloc', module: 'libclang_rt.tsan-x86_64.so' }],
  ])('%s', (line, frame) => expect(parseFrame(line)).toEqual(frame));

  it('is not a frame otherwise', () => {
    expect(parseFrame('  Previous write of size 8 at 0x1 by thread T1:')).toBeUndefined();
    expect(parseFrame('    [failed to restore the stack]')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/report/format/formatFinding.ts';
import { trimTraceback } from '../../src/report/format/trimTraceback.ts';
import { crashedCase, failedCase, hungCase } from './fixtures.ts';

describe('formatFinding', () => {
  it('starts with the replay command, then status and message', () => {
    const c = failedCase();
    const lines = formatFinding(c).split('\n');
    expect(lines[0]).toBe(c.replay);
    expect(lines[1]).toBe('FAILED dict.setdefault is atomic: FORBIDDEN outcome observed 3 times');
  });
  it('names the interpreter, the broken guarantee, and shows scenario, histogram, overlap and reproducer', () => {
    const text = formatFinding(failedCase());
    expect(text).toContain('interpreter   3.13.5t /opt/py/bin/python3.13t (free-threaded build, GIL off, 16 CPUs)');
    expect(text).toMatch(/guarantee +"dict\.setdefault\(\) is atomic .*" \(Python docs, library\/threadsafety\.html#dict; since 3\.13\)/);
    expect(text).toContain('scenario (results of the first FORBIDDEN outcome):');
    expect(text).toContain("| dict.setdefault(2, 'b'): 'b' |");
    expect(text).toMatch(/RESULT +SAMPLES +FREQ +EXPECT +DESCRIPTION/);
    expect(text).toMatch(/FORBIDDEN +two setdefaults both inserted/);
    expect(text).toContain(
      'overlap: 12.3 % of timed runs overlapped in time (123 / 1,000); 4.1 % of outcomes needed interleaving',
    );
    expect(text).toContain('reproducer: reports/repro/dict-7.py (reproduced 37 / 40 runs)');
  });
  it('shows the signal and faulthandler traceback of a crash', () => {
    const text = formatFinding(crashedCase());
    expect(text.split('\n')[1]).toBe('CRASHED list.append is atomic: interpreter killed by SIGSEGV');
    expect(text).toMatch(/signal +SIGSEGV/);
    expect(text).toContain('traceback (faulthandler):\n  Fatal Python error: Segmentation fault');
  });
  it("shows a hang's native stacks after its Python ones, or why there are none", () => {
    const native = 'Thread 1 (Thread 0x7f (LWP 11) "python3.13t"):\n#0  _PyEval_StopTheWorld (interp=0x1) at Python/pystate.c:2290';
    expect(formatFinding(hungCase({ nativeStacks: native }))).toMatch(
      /every thread's stack:\n {2}Timeout[\s\S]*\nevery thread's native stack \(gdb, before the kill\):\n {2}Thread 1 \(Thread 0x7f[^\n]*\n {2}#0 {2}_PyEval_StopTheWorld/);
    const note = 'native stacks not captured: gdb could not take them (ptrace: Operation not permitted.)';
    expect(formatFinding(hungCase({ stacksNote: note })).endsWith(`\n${note}`)).toBe(true);
  });

  it('trims the stacks of a hang', () => {
    const traceback = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const text = formatFinding(hungCase({ traceback }), { tracebackLines: 20 });
    expect(text).toContain("every thread's stack:\n  line 0\n");
    expect(text).toContain('  … 80 lines omitted …\n  line 90');
    expect(text).not.toContain('line 50');
    expect(text.endsWith('  line 99')).toBe(true);
  });
});

describe('trimTraceback', () => {
  it('keeps short text whole and normalises line ends', () => {
    expect(trimTraceback('a\r\nb\n\n')).toBe('a\nb');
  });
  it('keeps head and tail of long text', () => {
    const t = trimTraceback(Array.from({ length: 50 }, (_, i) => String(i)).join('\n'), 10, 3);
    expect(t.split('\n')).toEqual(['0', '1', '2', '3', '4', '5', '6', '… 40 lines omitted …', '47', '48', '49']);
  });
});

import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/interp/doctor.ts';
import { formatDoctor } from '../../src/interp/formatDoctor.ts';
import { renderDoctorScript, threadCounts } from '../../src/interp/measureSpeedup.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';

const ft: InterpInfo = { path: '/py', version: '3.13.5', build: '3.13.5 experimental free-threading build', freeThreaded: true, gilEnabled: false, cpus: 4 };
const trials = (two: number) => [
  { threads: 1, opsPerSec: 1000 },
  { threads: 2, opsPerSec: 1000 * two },
  { threads: 4, opsPerSec: 3600 },
];

describe('doctor', () => {
  it('measures 1 thread, 2 threads and one per usable CPU', () => {
    expect(threadCounts(4)).toEqual([1, 2, 4]);
    expect(threadCounts(2)).toEqual([1, 2]);
    expect(threadCounts(1)).toEqual([1, 2]);
  });

  it('reports speed-ups over one thread, without warnings when threads run in parallel', () => {
    const r = diagnose(ft, trials(1.9));
    expect(r.speedups).toEqual([{ threads: 2, speedup: 1.9 }, { threads: 4, speedup: 3.6 }]);
    expect(r.warnings).toEqual([]);
    expect(formatDoctor(r)).toContain("2 threads: 1.90× one thread's throughput");
    expect(formatDoctor(r)).toContain('free threading: on');
  });

  it('warns when two free-threaded threads hardly beat one', () => {
    const text = formatDoctor(diagnose(ft, trials(1.1)));
    expect(text).toMatch(/^WARNING: 2 threads ran at only 1\.10× one thread's throughput/m);
  });

  it('says the machine is busy when the load average says so', () => {
    const r = diagnose(ft, trials(1.2), 5.1);
    expect(r.warnings[0]).toMatch(/the machine is busy, races will be rare$/);
    expect(formatDoctor(r)).toContain('usable CPUs:    4 (load average 5.10)');
  });

  it('does not expect a speed-up with the GIL on, but says results are inconclusive', () => {
    const r = diagnose({ ...ft, gilEnabled: true, env: { PYTHON_GIL: '1' } }, trials(1.0));
    expect(r.warnings).toEqual(['the GIL is on: threads take turns, results are inconclusive']);
    expect(formatDoctor(r)).toContain('(with PYTHON_GIL=1)');
  });

  it('says whether the interpreter is a ThreadSanitizer build, and which suppressions its runs use', () => {
    expect(formatDoctor(diagnose(ft, trials(1.9)))).toContain('ThreadSanitizer: no');
    const tsan = { ...ft, tsan: true, tsanSuppressions: '/c/cpython-3.13.15t-tsan/share/ftconform/suppressions_free_threading.txt' };
    expect(formatDoctor(diagnose(tsan, trials(1.9)))).toContain(
      'ThreadSanitizer: yes (data races are reported; suppressions: /c/cpython-3.13.15t-tsan/share/ftconform/suppressions_free_threading.txt)');
  });

  it('renders the experiment with its numbers and nothing else', () => {
    const py = renderDoctorScript(0.2, 5, [1, 2]);
    expect(py).toContain('SECONDS = 0.2\n');
    expect(py).toContain('ROUNDS = 5\n');
    expect(py).toContain('THREAD_COUNTS = [1,2]\n');
    expect(() => renderDoctorScript(0.2, 5, [1.5])).toThrow();
  });
});

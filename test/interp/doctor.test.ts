import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/interp/doctor.ts';
import { formatDoctor } from '../../src/interp/formatDoctor.ts';
import { renderDoctorScript, threadCounts } from '../../src/interp/measureSpeedup.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';
import { runPython } from '../render/python.ts';

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

  it('says how often two pinned threads met, and warns when they hardly ever run at the same moment', () => {
    const quiet = diagnose(ft, trials(1.9), 0.5, 1_250_000);
    expect(quiet.warnings).toEqual([]);
    expect(formatDoctor(quiet)).toContain("2 threads meeting and taking one dict's lock: 1,250,000 times a second");
    // A CPU-bound process in the same scheduling group: the speed-up still looks fine, the meetings do not.
    const busy = diagnose(ft, trials(1.6), 0.5, 310);
    expect(busy.warnings).toEqual(['2 threads on CPUs of their own met only 310 times a second (expected ≥ 100,000): '
      + 'another process keeps taking their CPUs, so they seldom run at the same moment; races will be rare and a PASS '
      + 'means little (give the run idle CPUs)']);
    // A ThreadSanitizer build is slower at everything: a fiftieth.
    expect(diagnose({ ...ft, tsan: true }, trials(1.9), 0.5, 5_000).warnings).toEqual([]);
    expect(diagnose({ ...ft, tsan: true }, trials(1.9), 0.5, 1_500).warnings).toHaveLength(1);
    // Beside a busy process outside their group the threads still meet 180,000-340,000 times a second.
    expect(diagnose(ft, trials(1.3), 0.5, 180_000).warnings).toEqual([]);
    // With the GIL on, threads take turns anyway (already said); with one CPU there is no meeting to measure.
    expect(diagnose({ ...ft, gilEnabled: true }, trials(1.0), 0.5, 300).warnings).toHaveLength(1);
    expect(formatDoctor(diagnose(ft, trials(1.9)))).not.toContain('meeting');
  });

  it('the experiment measures the meetings too, and ends (python3: the GIL makes the threads take turns)', async () => {
    const run = await runPython(renderDoctorScript(0.05, 1, [1, 2]));
    expect(run.exitCode, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim()) as { trials: unknown[]; meetsPerSec: number };
    expect(out.trials).toHaveLength(2);
    expect(out.meetsPerSec).toBeGreaterThan(0);
  });

  it('renders the experiment with its numbers and nothing else', () => {
    const py = renderDoctorScript(0.2, 5, [1, 2]);
    expect(py).toContain('SECONDS = 0.2\n');
    expect(py).toContain('ROUNDS = 5\n');
    expect(py).toContain('THREAD_COUNTS = [1,2]\n');
    expect(() => renderDoctorScript(0.2, 5, [1.5])).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { checkInterp } from '../src/interp/checkInterp.ts';
import { MIN_MEETS_PER_SEC, doctor } from '../src/interp/doctor.ts';
import { interpWithHogInGroup } from '../src/bench/cpuHog.ts';
import { formatDoctor } from '../src/interp/formatDoctor.ts';
import { suiteConfig } from '../src/orchestration/suiteConfig.ts';
import { interpLabel } from '../src/results/interpInfo.ts';

// The real interpreter under test (from `npm test`, or found by suiteConfig): what the other suites rely on.
const { options, interps } = suiteConfig();

describe('doctor', () => {
  for (const interp of interps) {
    it(`${interpLabel(interp)} is free-threaded and its threads were measured`, async () => {
      const report = await doctor(interp);
      // Printed so that a CI log shows how parallel the machine was when the suites ran.
      console.log(formatDoctor(report));
      expect(report.interp.freeThreaded).toBe(true);
      if (!options.allowGil) expect(report.interp.gilEnabled).toBe(false);
      expect(report.speedups.map((s) => s.threads)).toContain(2);
      expect(report.speedups.every((s) => s.speedup > 0)).toBe(true);
      if (interp.cpus >= 2) expect(report.meetsPerSec).toBeGreaterThan(0);
    });

    it(`${interpLabel(interp)}: with a CPU-bound process per CPU in its scheduling group, the doctor says the threads rarely run together`,
      async () => {
        // As in a container whose processes share one cgroup (README, Benchmark: busy, one group). The doctor's
        // experiment runs in a session of its own, as the stress programs do; the wrapper starts the processes there.
        const hogged = await interpWithHogInGroup(interp, interp.cpus);
        try {
          const report = await doctor(hogged.interp);
          expect(report.meetsPerSec).toBeLessThan(interp.tsan ? MIN_MEETS_PER_SEC / 50 : MIN_MEETS_PER_SEC);
          expect(report.warnings.join('\n')).toMatch(/^2 threads on CPUs of their own met only [\d,]+ times a second/m);
        } finally {
          await hogged.dispose();
        }
      });

    it(`${interpLabel(interp)} turns its GIL on with PYTHON_GIL=1 (the --gil-differential baseline)`, async () => {
      const refused = await checkInterp(interp.path, { env: { PYTHON_GIL: '1' } });
      expect(refused.ok).toBe(false);
      const allowed = await checkInterp(interp.path, { env: { PYTHON_GIL: '1' }, allowGil: true });
      expect(allowed.ok && allowed.info.gilEnabled).toBe(true);
    });
  }
});

// Each known issue's reproducer must still fail on an interpreter in its version range: an entry that
// no longer reproduces should be removed rather than excuse findings.
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { compareVersions } from '../src/catalogue/compareVersions.ts';
import { noContention } from '../src/engine/judgeScenario.ts';
import { loadKnownIssues, loadKnownRaces } from '../src/knownIssues/loadKnownIssues.ts';
import { symptomsOf } from '../src/knownIssues/knownIssue.ts';
import { reproducerSymptom } from '../src/run/reproducerSymptom.ts';
import { suiteConfig } from '../src/orchestration/suiteConfig.ts';
import { tsanEnv } from '../src/tsan/tsanEnv.ts';

const { interps } = suiteConfig();
// The reproducer's budget, in seconds: its first run, and the retry of a run that showed nothing.
const REPRODUCER_BUDGETS_S = [30, 90] as const;
const inRange = (version: string, r: { min: string; below?: string }) =>
  compareVersions(version, r.min) >= 0 && (r.below === undefined || compareVersions(version, r.below) < 0);

for (const interp of interps) {
  // Entries that share a reproducer (one issue, matched by two shapes of finding) run it once.
  const reproducers = new Set<string>();
  for (const k of loadKnownIssues()) {
    if (reproducers.has(k.reproducer)) continue;
    reproducers.add(k.reproducer);
    const applies = inRange(interp.version, k.versions);
    // On a ThreadSanitizer build an entry may show as a known race instead (its reproducer is checked below).
    const asRace = interp.tsan && k.tsanRace !== undefined;
    test(`known issue ${k.id} (${k.reproducer.split("/").pop()}) ${!applies ? "does not apply" : asRace ? `shows as race ${k.tsanRace}` : "reproduces"} on ${interp.version} [${interp.path}]`, async ({ annotate }) => {
      if (asRace) expect(loadKnownRaces().map((race) => race.id), `${k.id}: no known race ${k.tsanRace}`).toContain(k.tsanRace);
      // On a TSAN build, its race reports must not turn the reproducer's own exit status into TSAN's 66.
      const run = (seconds: number) => execa(interp.path, [k.reproducer, String(seconds)],
        { env: { ...tsanEnv(interp), ...interp.env }, reject: false, timeout: (seconds + 90) * 1000 });
      if (!applies || noContention(interp) || asRace) {
        // Outside its range (or without parallelism) the reproducer must still run cleanly: 0 or 1, no crash.
        const r = await run(3);
        expect([0, 1], r.stderr).toContain(r.exitCode);
        return;
      }
      // It reproduces when it shows any symptom its entry names: a forbidden outcome, a crash (a signal, or the
      // harness broken mid-run), a hang (src/run/reproducerSymptom.ts). A race may not show within one budget on a
      // busy machine (another build compiling beside it): a run that shows none is tried again, three times longer.
      const seen: string[] = [];
      for (const [i, seconds] of REPRODUCER_BUDGETS_S.entries()) {
        const started = Date.now();
        const r = await run(seconds);
        const symptom = reproducerSymptom(r, symptomsOf(k));
        if (symptom !== undefined) {
          await annotate(`reproduced as ${symptom} by run ${i + 1} (budget ${seconds} s) after ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${r.exitCode ?? r.signal}`);
          return;
        }
        seen.push(`${seconds} s: exit ${r.exitCode ?? r.signal}${r.timedOut ? ' (timed out)' : ''}\n${r.stdout.slice(0, 1500)}${r.stderr.slice(0, 1500)}`);
      }
      expect.fail(`${k.reproducer} showed none of ${symptomsOf(k).join(', ')} (${k.id}):\n${seen.join('\n')}`);
    }, (REPRODUCER_BUDGETS_S.reduce((a, b) => a + b, 0) + 2 * 90 + 30) * 1000);
  }
  // An unfiled issue's short report script must show the bug on a free-threaded build in range, and never with
  // the GIL on (the same build with PYTHON_GIL=1, the control every report should carry). Each run is bounded in
  // time as well as in rounds, and the first stops at its first sight: on a loaded machine (a CPU-bound process
  // beside it, 2 cores) the two threads' handshake runs a hundred times slower, and 20000 rounds with the GIL took
  // over 200 s.
  for (const k of loadKnownIssues().filter((e) => e.report)) {
    const applies = inRange(interp.version, k.versions) && !noContention(interp);
    const control = k.alsoWithGil ? 'and with the GIL too' : 'and not with the GIL';
    test(`report script of ${k.id} (${k.report!.split('/').pop()}) ${applies ? `shows it, ${control}` : 'runs cleanly'} on ${interp.version} [${interp.path}]`, async () => {
      const run = (env: Record<string, string>, rounds: number, seconds: number) => execa(interp.path, [k.report!, String(rounds), String(seconds)],
        { env: { ...tsanEnv(interp), ...interp.env, ...env }, reject: false, timeout: (seconds + 60) * 1000 });
      const r = await run({}, applies ? 200_000 : 2000, applies ? 60 : 10);
      if (!applies) {
        expect([0, 1], r.stderr).toContain(r.exitCode);
        return;
      }
      expect(r.exitCode, `${k.report} did not show ${k.id}:\n${r.stdout}${r.stderr.slice(0, 2000)}`).toBe(1);
      const gil = await run({ PYTHON_GIL: '1' }, 20_000, 60);
      // A bug that is not a free-threading regression shows with the GIL on as well (the report says so).
      if (k.alsoWithGil) {
        expect(gil.exitCode, `${k.report} with PYTHON_GIL=1:\n${gil.stdout}${gil.stderr.slice(0, 2000)}`).toBe(1);
        return;
      }
      expect(gil.exitCode, `${k.report} with PYTHON_GIL=1:\n${gil.stdout}${gil.stderr.slice(0, 2000)}`).toBe(0);
      // A control that ran a handful of rounds shows nothing: it must have run at least some hundreds.
      const rounds = Number(/in (\d+) rounds/.exec(gil.stdout)?.[1] ?? 0);
      expect(rounds, gil.stdout).toBeGreaterThanOrEqual(200);
    }, 300_000);
  }
  // A known race is seen only by a ThreadSanitizer build; any other build's run of its reproducer must refuse cleanly.
  for (const k of loadKnownRaces()) {
    const applies = interp.tsan === true && inRange(interp.version, k.versions);
    const what = `${k.frames.join(' ⟷ ')}`;
    test(`known race ${k.id} (${what}) ${applies ? 'reproduces' : interp.tsan ? 'does not apply' : 'needs a TSAN build'} on ${interp.version} [${interp.path}]`, async () => {
      const run = (seconds: number) => execa(interp.path, [k.reproducer, String(seconds)], { env: interp.env, reject: false, timeout: (seconds + 90) * 1000 });
      let r = await run(applies ? 60 : 2);
      // On a busy machine a TSAN program runs a handful of scenarios a minute (15 in 60 s beside a CPU-bound
      // process): a run that ended its budget without the race (exit 0) gets one more, longer.
      if (applies && r.exitCode === 0) r = await run(150);
      if (!interp.tsan) {
        expect(r.exitCode, r.stdout + r.stderr).toBe(2);
        expect(r.stdout).toMatch(/is not a ThreadSanitizer build/);
        return;
      }
      if (!applies) {
        expect([0, 1], r.stdout + r.stderr).toContain(r.exitCode);
        return;
      }
      expect(r.exitCode, `${k.reproducer} did not reproduce ${k.id}:\n${r.stdout}`).toBe(1);
      expect(r.stdout).toMatch(/data race reproduced/);
    }, 480_000);
  }
}

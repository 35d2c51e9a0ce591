// Each known issue's reproducer must still fail on an interpreter in its version range: an entry that
// no longer reproduces should be removed rather than excuse findings.
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { compareVersions } from '../src/interp/compareVersions.ts';
import { noContention } from '../src/engine/judgeScenario.ts';
import { loadKnownIssues, loadKnownRaces } from '../src/knownIssues/loadKnownIssues.ts';
import { symptomsOf } from '../src/knownIssues/knownIssue.ts';
import { suiteConfig } from '../src/options/suiteConfig.ts';
import { tsanEnv } from '../src/tsan/tsanEnv.ts';

const { interps } = suiteConfig();
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
    test(`known issue ${k.id} (${k.reproducer.split("/").pop()}) ${!applies ? "does not apply" : asRace ? `shows as race ${k.tsanRace}` : "reproduces"} on ${interp.version} [${interp.path}]`, async () => {
      if (asRace) expect(loadKnownRaces().map((race) => race.id), `${k.id}: no known race ${k.tsanRace}`).toContain(k.tsanRace);
      const r = await execa(interp.path, [k.reproducer, applies && !noContention(interp) && !asRace ? '30' : '3'],
        // On a TSAN build, its race reports must not turn the reproducer's own exit status into TSAN's 66.
        { env: { ...tsanEnv(interp), ...interp.env }, reject: false, timeout: 120_000 });
      if (!applies || noContention(interp) || asRace) {
        // Outside its range (or without parallelism) the reproducer must still run cleanly: 0 or 1, no crash.
        expect([0, 1], r.stderr).toContain(r.exitCode);
        return;
      }
      // An issue that crashes the interpreter reproduces as that crash (a signal), one that corrupts memory into
      // a loop as a hang (the reproducer outlives its budget and is killed), or either as a forbidden outcome.
      const crashed = symptomsOf(k).includes('crashed') && (r.signal === 'SIGSEGV' || r.signal === 'SIGABRT' || r.signal === 'SIGBUS');
      if (crashed || (symptomsOf(k).includes('hung') && r.timedOut)) return;
      // Memory corruption can also end the program with a Python error out of the harness itself (exit 1,
      // a traceback, no verdict printed): for an issue that crashes, that is the interpreter breaking too.
      const broke = symptomsOf(k).includes('crashed') && r.exitCode === 1 && !/outcome/.test(r.stdout)
        && /Traceback|Fatal Python error|Error/.test(r.stderr);
      if (broke) return;
      expect(r.exitCode, `${k.reproducer} did not reproduce ${k.id}:\n${r.stdout}${r.stderr.slice(0, 2000)}`).toBe(1);
      expect(r.stdout).toMatch(/FORBIDDEN outcome seen/);
    }, 150_000);
  }
  // An unfiled issue's short report script must show the bug on a free-threaded build in range, and never with
  // the GIL on (the same build with PYTHON_GIL=1, the control every report should carry).
  for (const k of loadKnownIssues().filter((e) => e.report)) {
    const applies = inRange(interp.version, k.versions) && !noContention(interp);
    test(`report script of ${k.id} (${k.report!.split('/').pop()}) ${applies ? 'shows it, and not with the GIL' : 'runs cleanly'} on ${interp.version} [${interp.path}]`, async () => {
      const run = (env: Record<string, string>, rounds: string) => execa(interp.path, [k.report!, rounds],
        { env: { ...tsanEnv(interp), ...interp.env, ...env }, reject: false, timeout: 120_000 });
      const r = await run({}, applies ? '200000' : '2000');
      if (!applies) {
        expect([0, 1], r.stderr).toContain(r.exitCode);
        return;
      }
      expect(r.exitCode, `${k.report} did not show ${k.id}:\n${r.stdout}${r.stderr.slice(0, 2000)}`).toBe(1);
      const gil = await run({ PYTHON_GIL: '1' }, '20000');
      expect(gil.exitCode, `${k.report} with PYTHON_GIL=1:\n${gil.stdout}${gil.stderr.slice(0, 2000)}`).toBe(0);
    }, 300_000);
  }
  // A known race is seen only by a ThreadSanitizer build; any other build's run of its reproducer must refuse cleanly.
  for (const k of loadKnownRaces()) {
    const applies = interp.tsan === true && inRange(interp.version, k.versions);
    const what = `${k.frames.join(' ⟷ ')}`;
    test(`known race ${k.id} (${what}) ${applies ? 'reproduces' : interp.tsan ? 'does not apply' : 'needs a TSAN build'} on ${interp.version} [${interp.path}]`, async () => {
      const r = await execa(interp.path, [k.reproducer, applies ? '60' : '2'], { env: interp.env, reject: false, timeout: 150_000 });
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
    }, 180_000);
  }
}

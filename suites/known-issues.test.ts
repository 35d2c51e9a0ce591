// Each known issue's reproducer must still fail on an interpreter in its version range: an entry that
// no longer reproduces should be removed rather than excuse findings.
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { compareVersions } from '../src/interp/compareVersions.ts';
import { noContention } from '../src/engine/judgeScenario.ts';
import { loadKnownIssues } from '../src/knownIssues/loadKnownIssues.ts';
import { suiteConfig } from '../src/options/suiteConfig.ts';

const { interps } = suiteConfig();

for (const interp of interps) {
  for (const k of loadKnownIssues()) {
    const applies = compareVersions(interp.version, k.versions.min) >= 0
      && (k.versions.below === undefined || compareVersions(interp.version, k.versions.below) < 0);
    test(`known issue ${k.id} ${applies ? 'reproduces' : 'does not apply'} on ${interp.version} [${interp.path}]`, async () => {
      const r = await execa(interp.path, [k.reproducer, applies && !noContention(interp) ? '30' : '3'],
        { env: interp.env, reject: false, timeout: 120_000 });
      if (!applies || noContention(interp)) {
        // Outside its range (or without parallelism) the reproducer must still run cleanly: 0 or 1, no crash.
        expect([0, 1], r.stderr).toContain(r.exitCode);
        return;
      }
      expect(r.exitCode, `${k.reproducer} did not reproduce ${k.id}:\n${r.stdout}`).toBe(1);
      expect(r.stdout).toMatch(/FORBIDDEN outcome seen/);
    }, 150_000);
  }
}

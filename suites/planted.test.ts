// ftconform's teeth: every planted bug (src/catalogue/fixtures.ts) must be caught in the quick profile, never
// excused as a known issue.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkProperty } from '../src/engine/checkProperty.ts';
import { noContention } from '../src/engine/judgeScenario.ts';
import { PROFILES } from '../src/engine/profile.ts';
import { replayCommand } from '../src/engine/replayCommand.ts';
import { runSeed } from '../src/engine/runSeed.ts';
import { suiteConfig } from '../src/options/suiteConfig.ts';
import { createPool } from '../src/run/runPool.ts';
import { plantedBugProperties } from './selftest.suite.ts';

const { options, interps } = suiteConfig();

// Every planted bug (src/catalogue/fixtures.ts) must be caught in the quick profile, racing itself beside
// catalogue operations of every guarantee class. Shrinking and confirmation are the end-to-end test's
// business above: here they are cut short, so that each case takes seconds. Twice the profile's
// draws: a planted bug shows only in draws that can trigger it (fixture.dict.get-misses needs another thread
// to delete another key: about half of them), so 6 draws missed it in 1 of 40 seeds on 3.13.15t and 12 in
// none of 60 (seeds 1000-1059).
for (const interp of interps) {
  for (const { property, symptoms, profiles } of plantedBugProperties) {
    test(`${property.name} [${interp.path}]`, async () => {
      const pool = createPool(1);
      try {
        const first = options.seed ?? runSeed();
        const check = (seed: number) => checkProperty(property, {
          interp, pool, seed, path: undefined, reproDir: mkdtempSync(join(tmpdir(), 'ftconform-planted-')),
          profile: { ...PROFILES.quick, scenarios: (profiles ?? 2) * PROFILES.quick.scenarios, shrinkMs: 1, retries: 1, confirmRuns: 1 },
          replayCommand: (s: number, p: string, suite: string) => replayCommand(interp, s, p, suite),
        });
        // A real known crash or hang can end every program before the planted bug shows (3.13's OrderedDict,
        // gh-125996, when three threads change its linked list): the registry then excused programs, no outcome,
        // and the planted bug was not seen at all. Such a case is drawn again from the next seeds (at most 3 in
        // all); a KNOWN that excused any outcome fails at once.
        const onlyProgramsExcused = (r: Awaited<ReturnType<typeof check>>) =>
          r.status === 'known' && (r.excused ?? []).length > 0 && (r.excused ?? []).every((x) => x.runs === 0);
        let seed = first;
        let result = await check(seed);
        for (let again = 1; again < 3 && onlyProgramsExcused(result); again++) result = await check((seed = (first + again) | 0));
        if (noContention(interp)) {
          expect(['inconclusive', ...symptoms]).toContain(result.status);
          return;
        }
        // Judged with the real known-issue registry (checkProperty -> judgeKnown), which sees each planted bug as
        // the real operation it stands in for: no entry may excuse one (issue 20).
        expect(result.status, `excused by the registry: ${result.message} (seed ${seed})`).not.toBe('known');
        expect(symptoms, `${result.status}: ${result.message} (seed ${seed})`).toContain(result.status);
        // A FORBIDDEN outcome cites the guarantee of the real operation the planted one stands in for.
        if (result.status === 'failed') expect(result.broken?.source).toMatch(/^Doc\//);
      } finally {
        pool.cancel();
      }
    }, 360_000);
  }
}

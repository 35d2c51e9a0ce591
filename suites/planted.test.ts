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
import { suiteConfig } from '../src/orchestration/suiteConfig.ts';
import { createPool } from '../src/run/runPool.ts';
import { plantedBugProperties } from './selftest.suite.ts';
import { scenarioArb } from '../generators/scenario.ts';

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
        const first = options.seed;
        const check = (seed: number) => checkProperty(property, {
          interp, pool, seed, path: undefined, arbitrary: scenarioArb, reproDir: mkdtempSync(join(tmpdir(), 'ftconform-planted-')),
          profile: { ...PROFILES.quick, scenarios: (profiles ?? 2) * PROFILES.quick.scenarios, shrinkMs: 1, retries: 1, confirmRuns: 1 },
          replayCommand: (s: number, p: string, suite: string) => replayCommand(interp, s, p, suite),
        });
        // A KNOWN case is one whose every forbidden outcome some known bug's model gives in the scenario with the
        // planted operation replaced by the real one it stands in for, and whose crash or hang an entry names: its
        // evidence is what real CPython with that bug does, and the planted bug did not show apart from it. A
        // real known crash or hang can end every program first (3.13's OrderedDict, gh-125996, when three threads
        // change its linked list), and a real bug can be all a draw shows (3.13's len(s) during s -= {3, 1}
        // beside a planted update of one member, which is not torn at all: gh-129519, seed 1365594451). Such a
        // case is drawn again from the next seeds, as is one whose draws never triggered the planted bug (a torn
        // set.update shows only in a draw with a bulk update of several members beside a reader that can see it:
        // 12 draws missed it in 1 of 10 seeds on 3.13.15t), at most 3 draws in all; the last must catch it.
        let seed = first;
        const known: string[] = [];
        const caught = (r: Awaited<ReturnType<typeof check>>) => (symptoms as readonly string[]).includes(r.status);
        let result = await check(seed);
        for (let again = 1; again < 3 && !caught(result) && !noContention(interp); again++) {
          if (result.status === 'known') known.push(`seed ${seed}: ${result.message}`);
          result = await check((seed = (first + again) | 0));
        }
        if (noContention(interp)) {
          expect(['inconclusive', ...symptoms]).toContain(result.status);
          return;
        }
        // Judged with the real known-issue registry (checkProperty -> judgeKnown), which sees each planted bug as
        // the real operation it stands in for: an entry that excused the planted bug itself would do so in every
        // draw that shows it, and fail here (issue 20).
        expect(result.status, `excused by the registry in 3 draws: ${[...known, `seed ${seed}: ${result.message}`].join('; ')}`).not.toBe('known');
        expect(symptoms, `${result.status}: ${result.message} (seed ${seed})`).toContain(result.status);
        // A FORBIDDEN outcome cites the guarantee of the real operation the planted one stands in for.
        if (result.status === 'failed') expect(result.broken?.source).toMatch(/^Doc\//);
      } finally {
        pool.cancel();
      }
    // Up to 3 draws of about 15 s each here (the heaviest, 3 threads of staged list writers, 40 s before its
    // grading looked its outcomes up in one enumeration); a CI run on a busy machine took 4 to 6 times as long.
    }, 600_000);
  }
}

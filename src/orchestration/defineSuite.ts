import { afterAll, describe, expect, test } from 'vitest';
import { allSuites } from '../../suites/allSuites.ts';
import { suiteConfig } from './suiteConfig.ts';
import { formatFinding } from '../report/format/formatFinding.ts';
import { formatFirstSight } from '../report/console/formatFirstSight.ts';
import { formatShrunk } from '../report/console/formatShrunk.ts';
import { createPool, defaultConcurrency } from '../run/runPool.ts';
import { checkProperty } from '../engine/checkProperty.ts';
import { defaultWatchdogSeconds } from '../render/scenarioView.ts';
import { recordResult, recordSight, resultsFile } from '../engine/resultsFile.ts';
import { sightRecord } from '../engine/sightRecord.ts';
import { isFinding } from '../engine/worstStatus.ts';
import { interpLabel } from '../results/interpInfo.ts';
import { caseContext, planRun } from './planRun.ts';

/** The suites of an `npm test` run, in the order `ftconform run` takes them (its plan is the same). */
export const testedSuites = (selected: readonly string[]): string[] => {
  const known = selected.filter((n) => allSuites[n]);
  return known.length ? known : Object.keys(allSuites);
};

/**
 * vitest glue for one suite: a test per (interpreter × property), or with --shard, per property with
 * draws in this shard. Each result is recorded for the reports as soon as it is known; a finding fails
 * the test with its replay command first.
 */
export const defineSuite = (name: string): void => {
  const { options, interps } = suiteConfig();
  const props = allSuites[name];
  if (!props) throw new Error(`unknown suite '${name}'`);
  // --budget is spread over every (interpreter × property) of the selected suites, as in `ftconform run`.
  const { plan, profile } = planRun(options, allSuites, testedSuites(options.suites), interps);
  const maxThreads = Math.max(...props.map((p) => p.shape.threads?.max ?? 3));
  const pool = createPool(defaultConcurrency(Math.min(...interps.map((i) => i.cpus)), Math.min(maxThreads, 2)));
  // vitest's own timeout is only a backstop above the engine's watchdogs: a case whose every program hangs
  // (a known crash that corrupts memory into a loop, e.g. gh-144356) waits out a watchdog per scenario, up
  // to three rounds of draws (a negative control), then its shrink budget and confirmation runs.
  const watchdogMs = defaultWatchdogSeconds(profile.secondsPerScenario) * 1000;
  const caseTimeoutMs = (3 * profile.scenarios + profile.confirmRuns) * watchdogMs + profile.shrinkMs + 60_000;
  afterAll(() => pool.cancel());
  describe(name, () => {
    for (const [k, interp] of interps.entries()) {
      for (const prop of props) {
        const mine = plan.select(k, prop);
        if (!mine.run) continue;
        test(`${prop.name} [${interpLabel(interp)}]`, async () => {
          const result = await checkProperty(prop, {
            ...caseContext(options, { interp, pool, profile, runProfile: profile, inShard: mine.draws }),
            // Shown and recorded at once: shrinking may take the rest of the shrink budget.
            onFirstSight: async (provisional) => {
              process.stderr.write(`\n${formatFirstSight(provisional, profile.shrinkMs)}\n\n`);
              await recordSight(resultsFile(options.reportsDir), sightRecord(provisional));
            },
            onReproducer: (shrunk) => { process.stderr.write(`${formatShrunk(shrunk)}\n`); },
          });
          await recordResult(resultsFile(options.reportsDir), result);
          if (isFinding(result.status)) expect.fail(formatFinding(result));
        }, caseTimeoutMs);
      }
    }
  });
};

import { afterAll, describe, expect, test } from 'vitest';
import { allSuites } from '../../suites/allSuites.ts';
import { suiteConfig } from '../options/suiteConfig.ts';
import { formatFinding } from '../report/formatFinding.ts';
import { createPool, defaultConcurrency } from '../run/runPool.ts';
import { checkProperty } from './checkProperty.ts';
import { planProfile } from './planProfile.ts';
import { replayCommand } from './replayCommand.ts';
import { gilTwin } from './gilTwin.ts';
import { recordResult, resultsFile } from './resultsFile.ts';
import { runSeed } from './runSeed.ts';
import { isFinding } from './worstStatus.ts';
import { join } from 'node:path';
import { interpLabel } from '../results/interpInfo.ts';

/**
 * vitest glue for one suite: a test per (interpreter × property). Each result is recorded for the
 * reports as soon as it is known; a finding fails the test with its replay command first.
 */
export const defineSuite = (name: string): void => {
  const { options, interps } = suiteConfig();
  const props = allSuites[name];
  if (!props) throw new Error(`unknown suite '${name}'`);
  // --budget is spread over every (interpreter × property) of the selected suites, as in `ftconform run`.
  const selected = options.suites.filter((n) => allSuites[n]);
  const cases = (selected.length ? selected : Object.keys(allSuites)).reduce((a, n) => a + allSuites[n].length, 0);
  const profile = planProfile(options, cases * interps.length, { tsan: interps.some((i) => i.tsan) });
  const maxThreads = Math.max(...props.map((p) => p.shape.threads?.max ?? 3));
  const pool = createPool(defaultConcurrency(Math.min(...interps.map((i) => i.cpus)), Math.min(maxThreads, 2)));
  const seed = options.seed ?? runSeed();
  afterAll(() => pool.cancel());
  describe(name, () => {
    for (const interp of interps) {
      for (const prop of props) {
        test(`${prop.name} [${interpLabel(interp)}]`, async () => {
          const result = await checkProperty(prop, {
            interp, pool, profile, seed, path: options.path,
            reproDir: join(options.reportsDir, 'repro'),
            replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite),
            gilTwin: options.gilDifferential ? gilTwin(interp) : undefined,
          });
          await recordResult(resultsFile(options.reportsDir), result);
          if (isFinding(result.status)) expect.fail(formatFinding(result));
        });
      }
    }
  });
};

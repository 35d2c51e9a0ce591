import { judgeRaces } from '../engine/judgeRaces.ts';
import { judgeScenario, type ScenarioVerdict } from '../engine/judgeScenario.ts';
import type { ProfileSettings } from '../engine/profile.ts';
import { runScenarios } from '../engine/runScenarios.ts';
import { loadKnownRaces } from '../knownIssues/loadKnownIssues.ts';
import { expectationsOf } from '../oracle/expectations.ts';
import { planOf } from '../oracle/plan.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { Pool } from '../run/runPool.ts';
import type { Scenario } from '../scenario/scenario.ts';

/**
 * Runs one scenario on an interpreter for the profile's confirmation time (confirmRuns × secondsPerScenario,
 * one program) and judges it with that interpreter's version's expectations; undefined when interrupted.
 */
export const rerunScenario = async (pool: Pool, interp: InterpInfo, scenario: Scenario, profile: ProfileSettings, seed: number):
  Promise<{ readonly verdict: ScenarioVerdict; readonly runs: number } | undefined> => {
  const budgetS = profile.secondsPerScenario * profile.confirmRuns;
  const obs = (await runScenarios(pool, interp, [{ id: 'x0', scenario, budgetS, maxRuns: 1e12, seed }], 1)).get('x0');
  if (!obs) return undefined;
  const e = expectationsOf(planOf(scenario, interp.version));
  const verdict = judgeRaces(interp.version, loadKnownRaces(), scenario, obs, judgeScenario(e, obs, 'conformance', interp));
  return { verdict, runs: obs.runs };
};

import type { ProgramItem } from '../render/scenarioView.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import type { Observation } from './observation.ts';
import type { PropertyContext } from './propertyContext.ts';
import { runScenarios } from './runScenarios.ts';
import type { Tried } from './summarizeProperty.ts';
import { isFinding } from './worstStatus.ts';

/** A shrink candidate as run: the last run, and whether it counts as failing. */
export interface Candidate { readonly t: Tried; readonly fails: boolean }

export interface CandidateRunnerInput {
  readonly ctx: Pick<PropertyContext, 'pool' | 'interp' | 'profile'>;
  /** A program item for the scenario, with run index i and a watchdog (seconds) if not the default. */
  readonly item: (scenario: Scenario, i: number, watchdogS?: number) => ProgramItem;
  readonly judge: (scenario: Scenario, obs: Observation) => ScenarioVerdict;
  /** The end of the shrink budget. */
  readonly signal: AbortSignal;
  /** The counterexample being shrunk, once there is one. */
  readonly target: () => Tried | undefined;
  /** The watchdog for a candidate's run, scaled to the measured run time (undefined: the default). */
  readonly watchdogS: () => number | undefined;
}

/**
 * Runs shrink candidates: a candidate fails if any of `retries` runs fails, and the first failure (a crash
 * or hang at once) ends its runs. Undefined when the budget ended while it ran (it was killed).
 */
export const candidateRunner = (input: CandidateRunnerInput) => {
  const { ctx, item, judge, signal } = input;
  let runs = 0;
  const run = async (scenario: Scenario): Promise<Candidate | undefined> => {
    const target = input.target();
    const watchdogS = target ? input.watchdogS() : undefined;
    // Under a watchdog scaled to the measured run time a hang may be only a slow run: it counts as failing
    // when a hang is what is being shrunk.
    const fails = (t: Tried) => isFinding(t.verdict.status)
      && (t.verdict.status !== 'hung' || watchdogS === undefined || target?.verdict.status === 'hung');
    let last: Tried | undefined;
    for (let r = 0; r < ctx.profile.retries && !signal.aborted; r++) {
      const i = 1000 + runs++;
      const obs = (await runScenarios(ctx.pool, ctx.interp, [item(scenario, i, watchdogS)], 1, { signal })).get(`s${i}`);
      if (!obs && ctx.pool.signal.aborted) throw new Error('interrupted');
      if (!obs || signal.aborted) return undefined;
      last = { scenario, obs, verdict: judge(scenario, obs) };
      if (fails(last)) return { t: last, fails: true };
    }
    return last && { t: last, fails: false };
  };
  return { run, runs: () => runs };
};

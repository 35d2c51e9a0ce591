import type { KnownIssue } from '../knownIssues/knownIssue.ts';
import { loadKnownIssues } from '../knownIssues/loadKnownIssues.ts';
import { knownAsOne, matchKnownIssue, type ProgramSymptom } from '../knownIssues/matchKnownIssue.ts';
import { bugGives } from '../oracle/bugExplains.ts';
import { dropsIteratorTwice } from '../oracle/dropsIteratorTwice.ts';
import { freedAfterDrop } from '../oracle/freedAfterDrop.ts';
import { planOf } from '../oracle/plan.ts';
import type { Reach } from '../oracle/reachesOutcome.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import type { Observation } from './observation.ts';
import type { GradedOutcome } from '../results/caseResult.ts';
import type { PropertyContext } from './propertyContext.ts';
import { realScenario } from './realScenario.ts';
import { scenarioKey } from './scenarioKey.ts';
import { isFinding } from './worstStatus.ts';

/** What the known bugs' models said of the scenarios judged so far (memoised: retries see the same outcomes). */
export interface Explained {
  /** A bug's model of a scenario, asked outcome by outcome. */
  readonly models: Map<string, (outcome: string) => boolean>;
  readonly outcomes: Map<string, boolean>;
  /** Whether the scenario can reach a bug, or gives an outcome with it, by the models' searches. */
  readonly reach: Map<string, Reach>;
}

export const explainedMemo = (): Explained => ({ models: new Map(), outcomes: new Map(), reach: new Map() });

const memo = <V>(m: Map<string, V>, key: string, compute: () => V): V => {
  let r = m.get(key);
  if (r === undefined) m.set(key, (r = compute()));
  return r;
};

/** The symptom a program showed beside its outcomes, by how it ended. */
const PROGRAM_SYMPTOM: Readonly<Record<Observation['status'], ProgramSymptom | undefined>> =
  { ok: undefined, crash: 'crashed', hang: 'hung', error: 'error' };

/**
 * A finding as the known-issue registry sees it: KNOWN, with what each entry excused, when every forbidden (or
 * undecided) outcome and the program's crash or hang is explained (matchKnownIssue); otherwise as judged.
 * `--known off` leaves every finding one.
 */
export const judgeKnown = (ctx: Pick<PropertyContext, 'interp' | 'known'>, drawn: Scenario, v: ScenarioVerdict,
  obs: Observation, explained: Explained): ScenarioVerdict => {
  if (!isFinding(v.status) || ctx.known === 'off') return v;
  // A planted bug is matched as the operation it stands in for (fixtures.ts); a real scenario is unchanged.
  const scenario = realScenario(drawn);
  const version = ctx.interp.version;
  const sk = scenarioKey(scenario);
  // An outcome the oracle could not decide is excused only as a forbidden one is: the bug's model gives it.
  const unexplained = v.histogram.filter((g) => g.expect === 'FORBIDDEN' || g.expect === 'UNDECIDED');
  const undecided = unexplained.filter((g) => g.expect === 'UNDECIDED');
  const explains = (k: KnownIssue, outcome: string) => memo(explained.outcomes, `${k.id} ${sk} ${outcome}`,
    () => memo(explained.models, `${k.id} ${sk}`, () => bugGives(scenario, version, k.id))(outcome));
  const iteratorEndTwice = () => memo(explained.reach, `end-twice ${sk}`, () => dropsIteratorTwice(scenario, version));
  const freedBy = (outcome: string) => memo(explained.reach, `freed ${sk} ${outcome}`,
    () => freedAfterDrop(planOf(scenario, version), outcome));
  const matchOf = (outcomes: readonly GradedOutcome[]) => matchKnownIssue(loadKnownIssues(), { version, scenario,
    symptom: PROGRAM_SYMPTOM[obs.status], forbidden: outcomes.map((g) => g.outcome), explains, iteratorEndTwice, freedBy });
  const match = matchOf(unexplained);
  // Every forbidden outcome and the crash or hang explained, but not an outcome the oracle could not decide (a
  // shared iterator's scenario of 13 operations, 3.13.15t, beside gh-144356's double drop): neither KNOWN nor a
  // finding, but what the oracle says of any undecided outcome: inconclusive, a smaller scenario is needed.
  const partial = !match && undecided.length > 0 ? matchOf(unexplained.filter((g) => g.expect === 'FORBIDDEN')) : undefined;
  const found = match ?? partial;
  if (!found) return v;
  const known = knownAsOne(found);
  const excused = found.issues.map((k) => ({
    issue: k.id,
    runs: found.excuses.filter((e) => e.issue === k && e.outcome !== undefined)
      .reduce((a, e) => a + (unexplained.find((g) => g.outcome === e.outcome)?.count ?? 0), 0),
    programs: found.excuses.some((e) => e.issue === k && e.symptom !== undefined) ? 1 : 0,
  }));
  if (partial) {
    const runs = undecided.reduce((a, g) => a + g.count, 0);
    return { ...v, status: 'inconclusive', known, excused, message: `known issue ${known.id} (${known.title}) explains `
      + `every forbidden outcome, not the ${undecided.length} outcome(s) the oracle could not decide (${runs} runs) `
      + `within its work bound: a smaller scenario is needed (${v.message})` };
  }
  const gil = known.alsoWithGil ? ' [also with the GIL: not a free-threading regression]' : '';
  return { ...v, status: 'known', known, excused, message: `known issue ${known.id} (${known.title})${gil}: ${v.message}` };
};

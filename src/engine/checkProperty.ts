import fc from 'fast-check';
import { scenarioArb } from '../../generators/scenario.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { CaseResult, GilDifferential } from '../results/caseResult.ts';
import { gilDifferential } from './gilDifferential.ts';
import { expectationsOf, type Expectations } from '../oracle/expectations.ts';
import { planOf } from '../oracle/plan.ts';
import type { ProgramItem } from '../render/scenarioView.ts';
import type { Observation } from './observation.ts';
import type { Property } from './property.ts';
import { propertySeed } from './property.ts';
import type { PropertyContext } from './propertyContext.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import { judgeScenario } from './judgeScenario.ts';
import { runScenarios } from './runScenarios.ts';
import { isFinding } from './worstStatus.ts';
import { confirmFinding } from './confirmFinding.ts';
import { candidateWatchdogS } from './candidateWatchdog.ts';
import { firstSightOf } from './firstSightOf.ts';
import { scenarioKey } from './scenarioKey.ts';
import { summarizeProperty, type Tried } from './summarizeProperty.ts';
import { loadKnownIssues } from '../knownIssues/loadKnownIssues.ts';
import { drawRecords } from '../shard/drawRecords.ts';
import { matchKnownIssue } from '../knownIssues/matchKnownIssue.ts';

/**
 * A judge for one property: expectations are enumerated once per scenario (retries and confirmation
 * reuse them); a finding that matches a known upstream issue is reported as known, not as a new failure.
 */
const judgeFor = (prop: Property, ctx: PropertyContext) => {
  const expectations = new Map<string, Expectations>();
  return (scenario: Scenario, obs: Observation): ScenarioVerdict => {
    const key = scenarioKey(scenario);
    let e = expectations.get(key);
    if (!e) expectations.set(key, (e = expectationsOf(planOf(scenario, ctx.interp.version))));
    return judgeKnown(ctx, scenario, judgeScenario(e, obs, prop.kind, ctx.interp));
  };
};

const judgeKnown = (ctx: PropertyContext, scenario: Scenario, v: ScenarioVerdict): ScenarioVerdict => {
  if (!isFinding(v.status)) return v;
  const known = matchKnownIssue(loadKnownIssues(),
    { version: ctx.interp.version, status: v.status, scenario, blamed: v.blamed, blamedResult: v.blamedResult });
  return known ? { ...v, status: 'known', known, message: `known issue ${known.id} (${known.title}): ${v.message}` } : v;
};

/**
 * Check one property on one interpreter: draw scenarios with fast-check, run them in batches, grade every
 * outcome as each program ends (the first finding is reported at once, unshrunk: `onFirstSight`); then
 * let fast-check shrink it within the shrink budget, each candidate retried because failures are
 * nondeterministic, and measure how often the smallest one fails and write its reproducer.
 */
export const checkProperty = async (prop: Property, ctx: PropertyContext): Promise<CaseResult> => {
  const started = Date.now();
  const seed = propertySeed(ctx.seed, prop.name);
  const arb = scenarioArb(prop.shape);
  const judge = judgeFor(prop, ctx);
  const { profile } = ctx;
  const item = (scenario: Scenario, i: number, watchdogS?: number): ProgramItem => ({
    id: `s${i}`, scenario, budgetS: profile.secondsPerScenario, maxRuns: 1e12, seed: (seed + i) | 0,
    ...(watchdogS !== undefined ? { watchdogS } : {}),
  });

  // --shard: this machine runs only its draws (by run index); the others' are another shard's.
  const mine = ctx.inShard ?? (() => true);
  // Run fast-check's first draws in batches up front; the property below then finds them cached.
  const cache = new Map<string, Tried>();
  // Keys of the scenarios that failed (a draw, or a shrink candidate).
  const failing = new Set<string>();
  const tried: Tried[] = [];
  const drawn: number[] = [];
  const pairs: { off: ScenarioVerdict; on: Observation }[] = [];
  // When each draw's result came in (ms into the case), and the longest a scenario took to run.
  const seenAt = new Map<number, number>();
  let measuredS = 0;
  let sighted = false;
  const sightings: Promise<void>[] = [];
  const notice = (k: number, t: Tried) => {
    seenAt.set(k, Date.now() - started);
    if (t.obs.status === 'ok') measuredS = Math.max(measuredS, t.obs.seconds);
    if (sighted || !isFinding(t.verdict.status)) return;
    sighted = true;
    if (!ctx.onFirstSight) return;
    const sight = firstSightOf(k, t, ctx.replayCommand(ctx.seed, String(k), prop.suite), Date.now() - started);
    const provisional = summarizeProperty(prop, ctx, [t], t, String(k), undefined);
    sightings.push(Promise.resolve(ctx.onFirstSight({ ...provisional, durationMs: sight.afterMs, firstSight: sight })));
  };
  const runDrawn = async (all: readonly Scenario[], first: number) => {
    const picked = all.map((scenario, i) => ({ scenario, k: first + i })).filter(({ k }) => mine(k));
    const byId = new Map(picked.map((p) => [`s${p.k}`, p]));
    const judged = new Map<string, Tried>();
    // Judged as each program ends, lowest draw first: a crash or hang is seen before the rest re-run.
    const onObservations = (obs: ReadonlyMap<string, Observation>) => {
      const fresh = [...obs].flatMap(([id, o]) => (byId.has(id) && !judged.has(id) ? [{ id, o, ...byId.get(id)! }] : []));
      for (const { id, o, scenario, k } of fresh.sort((a, b) => a.k - b.k)) {
        const t = { scenario, obs: o, verdict: judge(scenario, o) };
        judged.set(id, t);
        notice(k, t);
      }
    };
    const items = picked.map(({ scenario, k }) => item(scenario, k));
    const obs = await runScenarios(ctx.pool, ctx.interp, items, profile.batch, { onObservations });
    const twin = ctx.gilTwin ? await runScenarios(ctx.pool, ctx.gilTwin, items, profile.batch) : undefined;
    for (const { scenario, k } of picked) {
      const o = obs.get(`s${k}`);
      if (!o) continue;
      const t = judged.get(`s${k}`) ?? { scenario, obs: o, verdict: judge(scenario, o) };
      cache.set(scenarioKey(scenario), t);
      if (isFinding(t.verdict.status)) failing.add(scenarioKey(scenario));
      tried.push(t);
      drawn.push(k);
      const on = twin?.get(`s${k}`);
      if (on) pairs.push({ off: t.verdict, on });
    }
  };
  if (ctx.path === undefined) {
    await runDrawn(fc.sample(arb, { seed, numRuns: profile.scenarios }), 0);
    // A negative control gets up to two more draws to fire before the run is called inconclusive.
    for (let round = 1; prop.kind === 'negative-control' && round < 3 && !ctx.pool.signal.aborted
      && !tried.some((t) => t.verdict.interesting > 0); round++) {
      await runDrawn(fc.sample(arb, { seed: (seed + round) | 0, numRuns: profile.scenarios }), round * profile.scenarios);
    }
  }
  const gil: GilDifferential | undefined = ctx.gilTwin && pairs.length > 0 ? gilDifferential(pairs) : undefined;

  // Shrinking has a budget of its own, from the first counterexample on; at its end the candidate in
  // flight is killed and every later one counts as passing, so fast-check ends on the smallest so far.
  const budget = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let shrinkStarted: number | undefined;
  const startShrinking = () => {
    shrinkStarted = Date.now();
    timer = setTimeout(() => budget.abort(), profile.shrinkMs);
  };
  let target: Tried | undefined;
  let candidates = 0;
  // A shrink candidate fails if any of `retries` runs fails; a crash or hang fails it at once.
  const runCandidate = async (scenario: Scenario): Promise<Tried | undefined> => {
    const watchdogS = target ? candidateWatchdogS(profile.secondsPerScenario, measuredS) : undefined;
    // Its watchdog is scaled to the measured run time, so a hang it reports may be only a slow run: that
    // counts as failing when a hang is what is being shrunk.
    const fails = (t: Tried) => isFinding(t.verdict.status)
      && (t.verdict.status !== 'hung' || watchdogS === undefined || target?.verdict.status === 'hung');
    let last: Tried | undefined;
    for (let r = 0; r < profile.retries && !budget.signal.aborted; r++) {
      const i = 1000 + candidates++;
      const obs = (await runScenarios(ctx.pool, ctx.interp, [item(scenario, i, watchdogS)], 1, { signal: budget.signal })).get(`s${i}`);
      if (!obs && ctx.pool.signal.aborted) throw new Error('interrupted');
      if (!obs || budget.signal.aborted) return undefined;
      last = { scenario, obs, verdict: judge(scenario, obs) };
      if (fails(last)) {
        failing.add(scenarioKey(scenario));
        break;
      }
    }
    return last;
  };

  let counterexample: Tried | undefined;
  // Until the first failure fast-check calls the property on its draws in run order: another shard's pass.
  let calls = 0;
  const details = await fc.check(fc.asyncProperty(arb, async (scenario) => {
    if (!counterexample && !mine(calls++)) return true;
    const key = scenarioKey(scenario);
    let t = cache.get(key);
    if (!t) {
      if (budget.signal.aborted) return true;
      t = await runCandidate(scenario);
      // Killed at the end of the budget: not shown to fail, and not remembered.
      if (!t) return true;
      cache.set(key, t);
      if (ctx.path !== undefined && tried.length === 0) {
        const k = Number(ctx.path.split(':')[0]);
        tried.push(t);
        drawn.push(k);
        notice(k, t);
      }
    }
    if (failing.has(key)) {
      if (!counterexample) { target = t; startShrinking(); }
      counterexample = t;
      return false;
    }
    return true;
  }), { seed, numRuns: ctx.path === undefined ? profile.scenarios : 1, path: ctx.path,
    // A backstop only: the shrink budget above ends shrinking.
    interruptAfterTimeLimit: 2 * profile.shrinkMs + profile.scenarios * 10_000, markInterruptAsFailure: false,
    // A replay (--path) stops at the failure it replays, as fast-check's own replay recipe does.
    endOnFailure: ctx.path !== undefined });
  clearTimeout(timer);
  const shrinkMs = shrinkStarted === undefined ? 0 : Date.now() - shrinkStarted;

  const final = details.failed && details.counterexample
    ? cache.get(scenarioKey(details.counterexample[0] as Scenario)) ?? counterexample : undefined;
  const path = details.failed ? details.counterexamplePath ?? '0' : ctx.path ?? '';
  const base = summarizeProperty(prop, ctx, tried, final, path, gil);
  // The draw the counterexample was shrunk from, as it was first seen.
  const from = final ? Number(path.split(':')[0]) : undefined;
  const fromTried = from === undefined ? undefined : tried[drawn.indexOf(from)];
  const firstSight = from !== undefined && fromTried
    ? firstSightOf(from, fromTried, ctx.replayCommand(ctx.seed, String(from), prop.suite), seenAt.get(from) ?? 0) : undefined;
  const shrink = final && ctx.path === undefined
    ? { runs: candidates, ms: shrinkMs, budgetMs: profile.shrinkMs, stopped: budget.signal.aborted } : undefined;
  const result = final
    ? await confirmFinding(base, final.scenario, ctx, seed, candidateWatchdogS(profile.secondsPerScenario, measuredS)) : base;
  await Promise.all(sightings);
  return { ...result, durationMs: Date.now() - started, draws: drawRecords(tried, drawn),
    ...(firstSight ? { firstSight } : {}), ...(shrink ? { shrink } : {}) };
};

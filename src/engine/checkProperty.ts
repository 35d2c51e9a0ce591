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
import { scenarioKey } from './scenarioKey.ts';
import { summarizeProperty, type Tried } from './summarizeProperty.ts';
import { loadKnownIssues, loadKnownRaces } from '../knownIssues/loadKnownIssues.ts';
import { judgeRaces } from './judgeRaces.ts';
import { drawRecords } from '../shard/drawRecords.ts';
import { matchKnownIssue } from '../knownIssues/matchKnownIssue.ts';

/**
 * A judge for one property: expectations are enumerated once per scenario (retries and confirmation
 * reuse them); a finding that matches a known upstream issue is reported as known, not as a new failure.
 */
const judgeFor = (prop: Property, ctx: PropertyContext, clock: { ms: number }) => {
  const expectations = new Map<string, Expectations>();
  return (scenario: Scenario, obs: Observation): ScenarioVerdict => {
    const t0 = performance.now();
    const key = scenarioKey(scenario);
    let e = expectations.get(key);
    if (!e) expectations.set(key, (e = expectationsOf(planOf(scenario, ctx.interp.version))));
    const v = judgeRaces(ctx.interp.version, loadKnownRaces(), scenario, obs,
      judgeKnown(ctx, scenario, judgeScenario(e, obs, prop.kind, ctx.interp)));
    clock.ms += performance.now() - t0;
    return v;
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
 * outcome; on a finding let fast-check shrink it, each candidate retried because failures are
 * nondeterministic, then measure how often the smallest one fails and write its reproducer.
 */
export const checkProperty = async (prop: Property, ctx: PropertyContext): Promise<CaseResult> => {
  const started = Date.now();
  const seed = propertySeed(ctx.seed, prop.name);
  const arb = scenarioArb(prop.shape);
  // The oracle's share of the case's time (grading is synchronous: it holds up everything else).
  const oracle = { ms: 0 };
  const judge = judgeFor(prop, ctx, oracle);
  const { profile } = ctx;
  const item = (scenario: Scenario, i: number): ProgramItem => ({
    id: `s${i}`, scenario, budgetS: profile.secondsPerScenario, maxRuns: 1e12, seed: (seed + i) | 0,
  });

  // --shard: this machine runs only its draws (by run index); the others' are another shard's.
  const mine = ctx.inShard ?? (() => true);
  // Run fast-check's first draws in batches up front; the property below then finds them cached.
  const cache = new Map<string, Tried>();
  const tried: Tried[] = [];
  const drawn: number[] = [];
  const pairs: { off: ScenarioVerdict; on: Observation }[] = [];
  const runDrawn = async (all: readonly Scenario[], first: number) => {
    const picked = all.map((scenario, i) => ({ scenario, k: first + i })).filter(({ k }) => mine(k));
    const items = picked.map(({ scenario, k }) => item(scenario, k));
    const obs = await runScenarios(ctx.pool, ctx.interp, items, profile.batch);
    const twin = ctx.gilTwin ? await runScenarios(ctx.pool, ctx.gilTwin, items, profile.batch) : undefined;
    for (const { scenario, k } of picked) {
      const o = obs.get(`s${k}`);
      if (!o) continue;
      const t = { scenario, obs: o, verdict: judge(scenario, o) };
      cache.set(scenarioKey(scenario), t);
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

  // A shrink candidate counts as failing if any of `retries` runs fails.
  let candidates = 0;
  const runCandidate = async (scenario: Scenario): Promise<Tried> => {
    let last: Tried | undefined;
    for (let r = 0; r < profile.retries; r++) {
      const obs = (await runScenarios(ctx.pool, ctx.interp, [item(scenario, 1000 + candidates++)], 1)).values().next().value;
      if (!obs) break;
      last = { scenario, obs, verdict: judge(scenario, obs) };
      if (isFinding(last.verdict.status) || ctx.pool.signal.aborted) break;
    }
    if (!last) throw new Error('interrupted');
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
      t = await runCandidate(scenario);
      cache.set(key, t);
      if (ctx.path !== undefined && tried.length === 0) { tried.push(t); drawn.push(Number(ctx.path.split(':')[0])); }
    }
    if (isFinding(t.verdict.status)) { counterexample = t; return false; }
    return true;
  }), { seed, numRuns: ctx.path === undefined ? profile.scenarios : 1, path: ctx.path,
    interruptAfterTimeLimit: profile.shrinkMs + profile.scenarios * 1000, markInterruptAsFailure: false,
    // A replay (--path) stops at the failure it replays, as fast-check's own replay recipe does.
    endOnFailure: ctx.path !== undefined });

  const final = details.failed && details.counterexample
    ? cache.get(scenarioKey(details.counterexample[0] as Scenario)) ?? counterexample : undefined;
  const path = details.failed ? details.counterexamplePath ?? '0' : ctx.path ?? '';
  const base = summarizeProperty(prop, ctx, tried, final, path, gil);
  const result = final ? await confirmFinding(base, final.scenario, ctx, seed) : base;
  return { ...result, durationMs: Date.now() - started, oracleMs: Math.round(oracle.ms), draws: drawRecords(tried, drawn) };
};

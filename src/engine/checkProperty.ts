import fc from 'fast-check';
import { scenarioArb } from '../../generators/scenario.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { CaseResult, CaseStatus, GilDifferential } from '../results/caseResult.ts';
import { gilDifferential } from './gilDifferential.ts';
import { expectationsFrom } from '../oracle/guaranteeFor.ts';
import { operation } from '../catalogue/catalogue.ts';
import { expectationsOf } from '../oracle/expectations.ts';
import { planOf } from '../oracle/plan.ts';
import type { ProgramItem } from '../render/scenarioView.ts';
import type { Observation } from './observation.ts';
import type { Property } from './property.ts';
import { propertySeed } from './property.ts';
import type { PropertyContext } from './propertyContext.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import { judgeScenario, noContention } from './judgeScenario.ts';
import { runScenarios } from './runScenarios.ts';
import { isFinding, worstStatus } from './worstStatus.ts';
import { confirmFinding } from './confirmFinding.ts';
import { scenarioKey, shortId } from './scenarioKey.ts';
import { loadKnownIssues } from '../knownIssues/loadKnownIssues.ts';
import { matchKnownIssue } from '../knownIssues/matchKnownIssue.ts';

interface Tried { readonly scenario: Scenario; readonly obs: Observation; readonly verdict: ScenarioVerdict }

/** A finding that matches a known upstream issue is reported as known, not as a new failure. */
const judge = (prop: Property, ctx: PropertyContext, scenario: Scenario, obs: Observation): ScenarioVerdict => {
  const v = judgeScenario(expectationsOf(planOf(scenario, ctx.interp.version)), obs, prop.kind, ctx.interp);
  if (!isFinding(v.status)) return v;
  const known = matchKnownIssue(loadKnownIssues(), { version: ctx.interp.version, status: v.status, scenario, blamed: v.blamed });
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
  const { profile } = ctx;
  const item = (scenario: Scenario, i: number): ProgramItem => ({
    id: `s${i}`, scenario, budgetS: profile.secondsPerScenario, maxRuns: 1e12, seed: (seed + i) | 0,
  });

  // Run fast-check's first draws in batches up front; the property below then finds them cached.
  const cache = new Map<string, Tried>();
  const tried: Tried[] = [];
  let gil: GilDifferential | undefined;
  if (ctx.path === undefined) {
    const drawn = fc.sample(arb, { seed, numRuns: profile.scenarios });
    const obs = await runScenarios(ctx.pool, ctx.interp, drawn.map(item), profile.batch);
    const twin = ctx.gilTwin ? await runScenarios(ctx.pool, ctx.gilTwin, drawn.map(item), profile.batch) : undefined;
    const pairs: { off: ScenarioVerdict; on: Observation }[] = [];
    drawn.forEach((scenario, i) => {
      const o = obs.get(`s${i}`);
      if (!o) return;
      const t = { scenario, obs: o, verdict: judge(prop, ctx, scenario, o) };
      cache.set(scenarioKey(scenario), t);
      tried.push(t);
      const on = twin?.get(`s${i}`);
      if (on) pairs.push({ off: t.verdict, on });
    });
    if (twin) gil = gilDifferential(pairs);
  }

  // A shrink candidate counts as failing if any of `retries` runs fails.
  let candidates = 0;
  const runCandidate = async (scenario: Scenario): Promise<Tried> => {
    let last: Tried | undefined;
    for (let r = 0; r < profile.retries; r++) {
      const obs = (await runScenarios(ctx.pool, ctx.interp, [item(scenario, 1000 + candidates++)], 1)).values().next().value;
      if (!obs) break;
      last = { scenario, obs, verdict: judge(prop, ctx, scenario, obs) };
      if (isFinding(last.verdict.status) || ctx.pool.signal.aborted) break;
    }
    if (!last) throw new Error('interrupted');
    return last;
  };

  let counterexample: Tried | undefined;
  const details = await fc.check(fc.asyncProperty(arb, async (scenario) => {
    const key = scenarioKey(scenario);
    let t = cache.get(key);
    if (!t) {
      t = await runCandidate(scenario);
      cache.set(key, t);
      if (ctx.path !== undefined && tried.length === 0) tried.push(t);
    }
    if (isFinding(t.verdict.status)) { counterexample = t; return false; }
    return true;
  }), { seed, numRuns: ctx.path === undefined ? profile.scenarios : 1, path: ctx.path,
    interruptAfterTimeLimit: profile.shrinkMs + profile.scenarios * 1000, markInterruptAsFailure: false });

  const final = details.failed && details.counterexample
    ? cache.get(scenarioKey(details.counterexample[0] as Scenario)) ?? counterexample : undefined;
  const path = details.failed ? details.counterexamplePath ?? '0' : ctx.path ?? '';
  const representative = final ?? [...tried].sort((a, b) =>
    b.verdict.interesting - a.verdict.interesting || b.verdict.histogram.length - a.verdict.histogram.length)[0];
  if (!representative) throw new Error(`property '${prop.name}': no scenario ran`);

  let status: CaseStatus = worstStatus([...tried.map((t) => t.verdict.status), ...(final ? [final.verdict.status] : [])]);
  let message = (final ?? tried.find((t) => t.verdict.status === status) ?? representative).verdict.message;
  if (prop.kind === 'negative-control' && !isFinding(status)) {
    const fired = tried.filter((t) => t.verdict.interesting > 0).length;
    const why = noContention(ctx.interp);
    status = !why && fired > 0 ? 'passed' : 'inconclusive';
    message = why ? `${why}; the negative control proves nothing here` : fired > 0 ? `race observed in ${fired} of ${tried.length} scenarios, as expected without a lock`
      : `negative control never fired in ${tried.length} scenarios: not enough contention to mean anything`;
  }
  const runs = tried.reduce((a, t) => a + t.obs.runs, 0);
  const timed = tried.reduce((a, t) => a + t.obs.timed, 0);
  const overlapped = tried.reduce((a, t) => a + t.obs.overlapped, 0);
  const interleaved = tried.reduce((a, t) => a + t.verdict.overlap.interleavedShare * t.obs.runs, 0);
  const base: CaseResult = {
    suite: prop.suite,
    property: prop.name,
    name: `${prop.suite} › ${prop.name} [${ctx.interp.version}${ctx.interp.freeThreaded ? 't' : ''}${ctx.interp.gilEnabled ? ' GIL' : ''} ${shortId(ctx.interp.path)}]`,
    interp: ctx.interp,
    scenario: representative.scenario,
    status,
    message: `${message} (${tried.length} scenarios, ${runs} runs)`,
    runs,
    histogram: representative.verdict.histogram,
    overlap: { timed, overlapped, interleavedShare: runs ? interleaved / runs : 0 },
    seed: ctx.seed,
    path,
    replay: ctx.replayCommand(ctx.seed, path, prop.suite),
    profile: profile.name,
    broken: (final ?? tried.find((t) => t.verdict.known))?.verdict.broken,
    knownIssue: tried.find((t) => t.verdict.known)?.verdict.known?.url,
    signal: final?.obs.signal,
    traceback: final?.obs.traceback,
    expectationsFrom: expectationsFrom(representative.scenario.threads.flat().map((c) => operation(c.op)), ctx.interp.version),
    durationMs: 0,
    gilDifferential: gil,
  };
  const result = final ? await confirmFinding(base, final.scenario, ctx, seed) : base;
  return { ...result, durationMs: Date.now() - started };
};

import fc from 'fast-check';
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
import { createDrawBook } from './drawBook.ts';
import { candidateWatchdogS } from './candidateWatchdog.ts';
import { candidateRunner, type Candidate } from './candidateRunner.ts';
import { shrinkBudget } from './shrinkBudget.ts';
import { shrinkMsLeft } from './planProfile.ts';
import { firstSightOf } from './firstSightOf.ts';
import { scenarioKey } from './scenarioKey.ts';
import { summarizeProperty, type Tried } from './summarizeProperty.ts';
import { loadKnownRaces } from '../knownIssues/loadKnownIssues.ts';
import { judgeRaces } from './judgeRaces.ts';
import { drawRecords } from './drawRecords.ts';
import { explainedMemo, judgeKnown } from './judgeKnown.ts';

/**
 * A judge for one property: expectations are enumerated once per scenario (retries and confirmation
 * reuse them); a finding that matches a known upstream issue is reported as known, not as a new failure.
 */
const judgeFor = (prop: Property, ctx: PropertyContext, clock: { ms: number }) => {
  const expectations = new Map<string, Expectations>();
  const explained = explainedMemo();
  return (scenario: Scenario, obs: Observation): ScenarioVerdict => {
    const t0 = performance.now();
    const key = scenarioKey(scenario);
    let e = expectations.get(key);
    if (!e) expectations.set(key, (e = expectationsOf(planOf(scenario, ctx.interp.version))));
    const v = judgeRaces(ctx.interp.version, loadKnownRaces(), scenario, obs,
      judgeKnown(ctx, scenario, judgeScenario(e, obs, prop.kind, ctx.interp), obs, explained));
    clock.ms += performance.now() - t0;
    return v;
  };
};

/** Programs of one case that crashed, hung or died, after which the case starts no more (see checkProperty). */
export const BROKEN_PROGRAMS_TO_STOP = 3;

/**
 * Check one property on one interpreter: draw scenarios with fast-check and run them in batches. As each
 * program ends its draws are graded until one shows a finding, which is reported at once, unshrunk
 * (`onFirstSight`); fast-check then shrinks it within the shrink budget, each candidate retried because
 * failures are nondeterministic; the smallest is run again to measure how often it fails and written as a
 * reproducer (`onReproducer`); the draws not graded yet are graded last, for the summary.
 */
export const checkProperty = async (prop: Property, ctx: PropertyContext): Promise<CaseResult> => {
  const started = Date.now();
  const seed = propertySeed(ctx.seed, prop.name);
  const arb = ctx.arbitrary(prop.shape);
  // The oracle's share of the case's time (grading is synchronous: it holds up everything else).
  const oracle = { ms: 0 };
  const judge = judgeFor(prop, ctx, oracle);
  const { profile } = ctx;
  const item = (scenario: Scenario, i: number, watchdogS?: number): ProgramItem => ({
    id: `s${i}`, scenario, budgetS: profile.secondsPerScenario, maxRuns: 1e12, seed: (seed + i) | 0,
    ...(watchdogS !== undefined ? { watchdogS } : {}),
  });

  // When each draw was judged (ms into the case), and the longest a scenario took to run.
  const judgedAt = new Map<number, number>();
  let measuredS = 0;
  let sighted = false;
  const hooks: Promise<void>[] = [];
  const book = createDrawBook(judge, (k, t) => {
    judgedAt.set(k, Date.now() - started);
    if (t.obs.status === 'ok') measuredS = Math.max(measuredS, t.obs.seconds);
    if (sighted || !isFinding(t.verdict.status)) return;
    sighted = true;
    if (t.verdict.status === 'crashed' || t.verdict.status === 'hung') settled = t.verdict.status;
    if (!ctx.onFirstSight) return;
    const sight = firstSightOf(k, t, ctx.replayCommand(ctx.seed, String(k), prop.suite, prop.name), Date.now() - started);
    const provisional = summarizeProperty(prop, ctx, [t], t, String(k), undefined);
    hooks.push(Promise.resolve(ctx.onFirstSight({ ...provisional, durationMs: sight.afterMs, firstSight: sight })));
  });

  // A case whose programs crashed, hung or died this often stops starting new ones: each would most likely
  // break the same way again and wait out its watchdog (3.13.15t's shared frozenset iterator hangs on the known
  // gh-144356 in most draws: 199 s for one case), while the first of them already decides its verdict.
  let broken = 0;
  let unrun = 0;
  // A crash or a hang settles the case's verdict (a finding, of the worst kinds): its other draws would cost a
  // crash and a restart, or a hang's detection, each, and decide nothing (--budget: issue 24).
  let settled: 'crashed' | 'hung' | undefined;
  const stopDrawing = () => settled !== undefined || broken >= BROKEN_PROGRAMS_TO_STOP;

  // --shard: this machine runs only its draws (by run index); the others' are another shard's.
  const mine = ctx.inShard ?? (() => true);
  // fast-check's first draws run in batches up front; the property below then finds them in the book.
  const runDrawn = async (all: readonly Scenario[], first: number) => {
    const picked = all.map((scenario, i) => ({ scenario, k: first + i })).filter(({ k }) => mine(k));
    const byId = new Map(picked.map((p) => [`s${p.k}`, p]));
    const observed = new Set<string>();
    const onObservations = (obs: ReadonlyMap<string, Observation>) => {
      for (const [id, o] of obs) {
        if (observed.has(id)) continue;
        observed.add(id);
        if (o.status !== 'ok') broken++;
      }
      const fresh = [...obs].flatMap(([id, o]) => {
        const p = byId.get(id);
        return p && book.add(p.k, p.scenario, o) ? [p.k] : [];
      });
      // Until the first finding, each program's draws are graded as it ends (a crash or hang at once).
      if (!sighted) book.judgeUntilFinding(fresh);
    };
    const items = picked.map(({ scenario, k }) => item(scenario, k));
    onObservations(await runScenarios(ctx.pool, ctx.interp, items, profile.batch, { onObservations, skip: stopDrawing }));
    if (stopDrawing()) unrun += items.filter((it) => !observed.has(it.id)).length;
    if (ctx.gilTwin) {
      const twin = await runScenarios(ctx.pool, ctx.gilTwin, items, profile.batch);
      for (const { k } of picked) { const on = twin.get(`s${k}`); if (on) book.addTwin(k, on); }
    }
  };
  if (ctx.path === undefined) {
    await runDrawn(fc.sample(arb, { seed, numRuns: profile.scenarios }), 0);
    // A negative control gets up to two more draws to fire before the run is called inconclusive.
    for (let round = 1; prop.kind === 'negative-control' && round < 3 && !ctx.pool.signal.aborted
      && !book.all().tried.some((t) => t.verdict.interesting > 0); round++) {
      await runDrawn(fc.sample(arb, { seed: (seed + round) | 0, numRuns: profile.scenarios }), round * profile.scenarios);
    }
  }

  // Shrinking has a budget of its own, from the first counterexample on; at its end the candidate in
  // flight is killed and every later one counts as passing, so fast-check ends on the smallest so far.
  const budget = shrinkBudget(profile.shrinkMs);
  let target: Tried | undefined;
  const candidates = new Map<string, Candidate>();
  const runner = candidateRunner({ ctx, item, judge, signal: budget.signal, target: () => target,
    watchdogS: () => candidateWatchdogS(profile.secondsPerScenario, measuredS) });

  let counterexample: Tried | undefined;
  // Until the first failure fast-check calls the property on its draws in run order: another shard's pass.
  let calls = 0;
  const details = await fc.check(fc.asyncProperty(arb, async (scenario) => {
    if (!counterexample && !mine(calls++)) return true;
    const key = scenarioKey(scenario);
    const drawn = book.lookup(key);
    let c = drawn ? { t: drawn, fails: isFinding(drawn.verdict.status) } : candidates.get(key);
    if (!c) {
      if (budget.signal.aborted) return true;
      // A draw left unrun after the case stopped drawing is not run now either (shrink candidates still are).
      if (!counterexample && stopDrawing()) return true;
      c = await runner.run(scenario);
      // Killed at the end of the budget: not shown to fail, and not remembered.
      if (!c) return true;
      candidates.set(key, c);
      // A replay's (--path) first run is its draw.
      const k = ctx.path === undefined ? undefined : Number(ctx.path.split(':')[0]);
      if (k !== undefined && book.add(k, scenario, c.t.obs)) book.draw(k);
    }
    if (!c.fails) return true;
    if (!counterexample) {
      target = c.t;
      // With --budget, no longer than what is left of the run's (at least MIN_SHRINK_MS).
      budget.start(shrinkMsLeft(profile.shrinkMs, ctx.deadline, Date.now()));
    }
    counterexample = c.t;
    return false;
  }), { seed, numRuns: ctx.path === undefined ? profile.scenarios : 1, path: ctx.path,
    // A backstop only: the shrink budget above ends shrinking.
    interruptAfterTimeLimit: 2 * profile.shrinkMs + profile.scenarios * 10_000, markInterruptAsFailure: false,
    // A replay (--path) stops at the failure it replays, as fast-check's own replay recipe does.
    endOnFailure: ctx.path !== undefined });
  const shrinkMs = budget.stop();

  const finalKey = details.failed && details.counterexample ? scenarioKey(details.counterexample[0] as Scenario) : undefined;
  const final = finalKey === undefined ? undefined : book.lookup(finalKey) ?? candidates.get(finalKey)?.t ?? counterexample;
  const path = details.failed ? details.counterexamplePath ?? '0' : ctx.path ?? '';
  const shrink = final && ctx.path === undefined
    ? { runs: runner.runs(), ms: shrinkMs, budgetMs: budget.budgetMs(), stopped: budget.signal.aborted,
      ...(budget.budgetMs() < profile.shrinkMs ? { shrinkBudgetMs: profile.shrinkMs } : {}) } : undefined;
  // The draw the counterexample was shrunk from, as it was first seen.
  const from = final ? Number(path.split(':')[0]) : undefined;
  const fromTried = from === undefined ? undefined : book.draw(from);
  const firstSight = from !== undefined && fromTried
    ? firstSightOf(from, fromTried, ctx.replayCommand(ctx.seed, String(from), prop.suite, prop.name), judgedAt.get(from) ?? 0) : undefined;
  const extra = { ...(firstSight ? { firstSight } : {}), ...(shrink ? { shrink } : {}) };
  let confirmed: Pick<CaseResult, 'reproducer' | 'reproduced' | 'issueDraft'> = {};
  if (final) {
    // The reproducer needs only the counterexample: the draws not graded yet can wait.
    const base = summarizeProperty(prop, ctx, book.judged(), final, path, undefined);
    const done = await confirmFinding(base, final.scenario, ctx, seed, candidateWatchdogS(profile.secondsPerScenario, measuredS));
    confirmed = { reproducer: done.reproducer, reproduced: done.reproduced, ...(done.issueDraft ? { issueDraft: done.issueDraft } : {}) };
    if (ctx.onReproducer) hooks.push(Promise.resolve(ctx.onReproducer({ ...done, ...extra, durationMs: Date.now() - started })));
  }
  const { tried, drawn, pairs } = book.all();
  const gil: GilDifferential | undefined = ctx.gilTwin && pairs.length > 0 ? gilDifferential(pairs) : undefined;
  const summary = summarizeProperty(prop, ctx, tried, final, path, gil);
  const stopped = settled !== undefined ? `stopped drawing once a draw ${settled} (its verdict settled)`
    : `stopped drawing after ${broken} programs crashed, hung or died`;
  const result = { ...summary, ...confirmed, ...(unrun > 0 ? { message: `${summary.message}; ${stopped} (${unrun} draws not run)` } : {}) };
  await Promise.all(hooks);
  return { ...result, durationMs: Date.now() - started, oracleMs: Math.round(oracle.ms), draws: drawRecords(tried, drawn), ...extra };
};

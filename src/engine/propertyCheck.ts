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
import { createDrawBook, type DrawBook } from './drawBook.ts';
import { candidateWatchdogS } from './candidateWatchdog.ts';
import { candidateRunner, type Candidate } from './candidateRunner.ts';
import { shrinkBudget, type ShrinkBudget } from './shrinkBudget.ts';
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

/** Programs of one case that crashed, hung or died, after which the case starts no more (see PropertyCheck). */
export const BROKEN_PROGRAMS_TO_STOP = 3;

/** What fast-check's check left: the counterexample as it ended (shrunk), its path, and what shrinking cost. */
interface Shrunk {
  readonly final: Tried | undefined;
  readonly path: string;
  readonly shrinkMs: number;
  readonly budget: ShrinkBudget;
  readonly runner: ReturnType<typeof candidateRunner>;
}

/** A case's extras once shrinking ended: the first sight of the draw it shrank from, and what shrinking cost. */
type Extras = Pick<CaseResult, 'firstSight' | 'shrink'>;

/** What confirming the counterexample adds to the case. */
type Confirmed = Pick<CaseResult, 'reproducer' | 'reproduced' | 'issueDraft'>;

/**
 * One property checked on one interpreter, its state named (as fast-check keeps a run's state in its runner
 * objects): `run` only orchestrates the steps. `draw` runs fast-check's first draws in batches and grades each
 * program's draws as it ends, until one shows a finding (`onJudged`: the first sight, reported at once); a
 * negative control gets up to two more rounds. `shrink` lets fast-check shrink the finding within the shrink
 * budget, each candidate retried because failures are nondeterministic. `confirm` runs the smallest again to
 * measure how often it fails and writes the reproducer. `result` grades what was not graded yet and sums up.
 */
export class PropertyCheck {
  private readonly started = Date.now();
  private readonly seed: number;
  private readonly arb: fc.Arbitrary<Scenario>;
  /** The oracle's share of the case's time (grading is synchronous: it holds up everything else). */
  private readonly oracle = { ms: 0 };
  private readonly judge: (scenario: Scenario, obs: Observation) => ScenarioVerdict;
  /** Every draw run so far, its observation and, once graded, its verdict. */
  private readonly book: DrawBook;
  /** When each draw was judged (ms into the case). */
  private readonly judgedAt = new Map<number, number>();
  /** The longest a scenario took to run (s). */
  private measuredS = 0;
  /** A draw has shown a finding (reported through onFirstSight). */
  private sighted = false;
  /**
   * A crash or a hang settles the case's verdict (a finding, of the worst kinds): its other draws would cost a
   * crash and a restart, or a hang's detection, each, and decide nothing (--budget: issue 24).
   */
  private settled: 'crashed' | 'hung' | undefined;
  /**
   * Programs that crashed, hung or died. A case whose programs broke this often stops starting new ones: each
   * would most likely break the same way again and wait out its watchdog (3.13.15t's shared frozenset iterator
   * hangs on the known gh-144356 in most draws: 199 s for one case), while the first already decides its verdict.
   */
  private broken = 0;
  /** Draws left unrun once the case stopped drawing. */
  private unrun = 0;
  /** The callers' hooks in flight (awaited before the case ends). */
  private readonly hooks: Promise<void>[] = [];
  /** --shard: whether this machine runs the draw with this run index (the others' are another shard's). */
  private readonly mine: (draw: number) => boolean;

  constructor(private readonly prop: Property, private readonly ctx: PropertyContext) {
    this.seed = propertySeed(ctx.seed, prop.name);
    this.arb = ctx.arbitrary(prop.shape);
    this.judge = judgeFor(prop, ctx, this.oracle);
    this.book = createDrawBook(this.judge, (k, t) => this.onJudged(k, t));
    this.mine = ctx.inShard ?? (() => true);
  }

  /** Draw, shrink, confirm, sum up. */
  async run(): Promise<CaseResult> {
    if (this.ctx.path === undefined) await this.draw();
    const shrunk = await this.shrink();
    const extras = this.extras(shrunk);
    return this.result(shrunk, await this.confirm(shrunk, extras), extras);
  }

  /** The program item of draw (or candidate) `i`. */
  private item(scenario: Scenario, i: number, watchdogS?: number): ProgramItem {
    return { id: `s${i}`, scenario, budgetS: this.ctx.profile.secondsPerScenario, maxRuns: 1e12, seed: (this.seed + i) | 0,
      ...(watchdogS !== undefined ? { watchdogS } : {}) };
  }

  private stopDrawing(): boolean {
    return this.settled !== undefined || this.broken >= BROKEN_PROGRAMS_TO_STOP;
  }

  /** A draw graded: the first one that shows a finding is reported at once, unshrunk (`onFirstSight`). */
  private onJudged(k: number, t: Tried): void {
    this.judgedAt.set(k, Date.now() - this.started);
    if (t.obs.status === 'ok') this.measuredS = Math.max(this.measuredS, t.obs.seconds);
    if (this.sighted || !isFinding(t.verdict.status)) return;
    this.sighted = true;
    if (t.verdict.status === 'crashed' || t.verdict.status === 'hung') this.settled = t.verdict.status;
    const { prop, ctx } = this;
    if (!ctx.onFirstSight) return;
    const sight = firstSightOf(k, t, ctx.replayCommand(ctx.seed, String(k), prop.suite, prop.name), Date.now() - this.started);
    const provisional = summarizeProperty(prop, ctx, [t], t, String(k), undefined);
    this.hooks.push(Promise.resolve(ctx.onFirstSight({ ...provisional, durationMs: sight.afterMs, firstSight: sight })));
  }

  /** fast-check's first draws, then (a negative control that did not fire) up to two more rounds. */
  private async draw(): Promise<void> {
    const { profile } = this.ctx;
    await this.runDrawn(fc.sample(this.arb, { seed: this.seed, numRuns: profile.scenarios }), 0);
    // A negative control gets up to two more draws to fire before the run is called inconclusive.
    for (let round = 1; this.prop.kind === 'negative-control' && round < 3 && !this.ctx.pool.signal.aborted
      && !this.book.all().tried.some((t) => t.verdict.interesting > 0); round++) {
      await this.runDrawn(fc.sample(this.arb, { seed: (this.seed + round) | 0, numRuns: profile.scenarios }), round * profile.scenarios);
    }
  }

  /** Runs this machine's share of drawn scenarios in batches; the property (shrink) then finds them in the book. */
  private async runDrawn(all: readonly Scenario[], first: number): Promise<void> {
    const { ctx, book } = this;
    const picked = all.map((scenario, i) => ({ scenario, k: first + i })).filter(({ k }) => this.mine(k));
    const byId = new Map(picked.map((p) => [`s${p.k}`, p]));
    const observed = new Set<string>();
    const onObservations = (obs: ReadonlyMap<string, Observation>) => {
      for (const [id, o] of obs) {
        if (observed.has(id)) continue;
        observed.add(id);
        if (o.status !== 'ok') this.broken++;
      }
      const fresh = [...obs].flatMap(([id, o]) => {
        const p = byId.get(id);
        return p && book.add(p.k, p.scenario, o) ? [p.k] : [];
      });
      // Until the first finding, each program's draws are graded as it ends (a crash or hang at once).
      if (!this.sighted) book.judgeUntilFinding(fresh);
    };
    const items = picked.map(({ scenario, k }) => this.item(scenario, k));
    onObservations(await runScenarios(ctx.pool, ctx.interp, items, ctx.profile.batch, { onObservations, skip: () => this.stopDrawing() }));
    if (this.stopDrawing()) this.unrun += items.filter((it) => !observed.has(it.id)).length;
    if (ctx.gilTwin) {
      const twin = await runScenarios(ctx.pool, ctx.gilTwin, items, ctx.profile.batch);
      for (const { k } of picked) { const on = twin.get(`s${k}`); if (on) book.addTwin(k, on); }
    }
  }

  /**
   * fast-check's check over the draws: until the first failure it calls the property on them in run order (they
   * are in the book; another shard's pass), then shrinks. Shrinking has a budget of its own, from the first
   * counterexample on; at its end the candidate in flight is killed and every later one counts as passing, so
   * fast-check ends on the smallest so far.
   */
  private async shrink(): Promise<Shrunk> {
    const { ctx, book } = this;
    const { profile } = ctx;
    const budget = shrinkBudget(profile.shrinkMs);
    let target: Tried | undefined;
    const candidates = new Map<string, Candidate>();
    const runner = candidateRunner({ ctx, item: (s, i, w) => this.item(s, i, w), judge: this.judge, signal: budget.signal,
      target: () => target, watchdogS: () => candidateWatchdogS(profile.secondsPerScenario, this.measuredS) });
    let counterexample: Tried | undefined;
    let calls = 0;
    const details = await fc.check(fc.asyncProperty(this.arb, async (scenario) => {
      if (!counterexample && !this.mine(calls++)) return true;
      const key = scenarioKey(scenario);
      const drawn = book.lookup(key);
      let c = drawn ? { t: drawn, fails: isFinding(drawn.verdict.status) } : candidates.get(key);
      if (!c) {
        if (budget.signal.aborted) return true;
        // A draw left unrun after the case stopped drawing is not run now either (shrink candidates still are).
        if (!counterexample && this.stopDrawing()) return true;
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
    }), { seed: this.seed, numRuns: ctx.path === undefined ? profile.scenarios : 1, path: ctx.path,
      // A backstop only: the shrink budget above ends shrinking.
      interruptAfterTimeLimit: 2 * profile.shrinkMs + profile.scenarios * 10_000, markInterruptAsFailure: false,
      // A replay (--path) stops at the failure it replays, as fast-check's own replay recipe does.
      endOnFailure: ctx.path !== undefined });
    const shrinkMs = budget.stop();
    const finalKey = details.failed && details.counterexample ? scenarioKey(details.counterexample[0] as Scenario) : undefined;
    const final = finalKey === undefined ? undefined : book.lookup(finalKey) ?? candidates.get(finalKey)?.t ?? counterexample;
    const path = details.failed ? details.counterexamplePath ?? '0' : ctx.path ?? '';
    return { final, path, shrinkMs, budget, runner };
  }

  /** The first sight of the draw the counterexample was shrunk from, and what shrinking cost (a case's extras). */
  private extras({ final, path, shrinkMs, budget, runner }: Shrunk): Extras {
    const { ctx, prop } = this;
    const { profile } = ctx;
    const shrink = final && ctx.path === undefined
      ? { runs: runner.runs(), ms: shrinkMs, budgetMs: budget.budgetMs(), stopped: budget.signal.aborted,
        ...(budget.budgetMs() < profile.shrinkMs ? { shrinkBudgetMs: profile.shrinkMs } : {}) } : undefined;
    // The draw the counterexample was shrunk from, as it was first seen.
    const from = final ? Number(path.split(':')[0]) : undefined;
    const fromTried = from === undefined ? undefined : this.book.draw(from);
    const firstSight = from !== undefined && fromTried
      ? firstSightOf(from, fromTried, ctx.replayCommand(ctx.seed, String(from), prop.suite, prop.name), this.judgedAt.get(from) ?? 0) : undefined;
    return { ...(firstSight ? { firstSight } : {}), ...(shrink ? { shrink } : {}) };
  }

  /** The counterexample run again to measure how often it fails, and its reproducer written (`onReproducer`). */
  private async confirm({ final, path }: Shrunk, extras: Extras): Promise<Confirmed> {
    if (!final) return {};
    const { ctx, prop } = this;
    // The reproducer needs only the counterexample: the draws not graded yet can wait.
    const base = summarizeProperty(prop, ctx, this.book.judged(), final, path, undefined);
    const done = await confirmFinding(base, final.scenario, ctx, this.seed, candidateWatchdogS(ctx.profile.secondsPerScenario, this.measuredS));
    if (ctx.onReproducer) {
      this.hooks.push(Promise.resolve(ctx.onReproducer({ ...done, ...extras, durationMs: Date.now() - this.started })));
    }
    return { reproducer: done.reproducer, reproduced: done.reproduced, ...(done.issueDraft ? { issueDraft: done.issueDraft } : {}) };
  }

  /** Every draw graded (those not graded yet last), summed up with the confirmation's and shrinking's results. */
  private async result(shrunk: Shrunk, confirmed: Confirmed, extras: Extras): Promise<CaseResult> {
    const { ctx, prop } = this;
    const { tried, drawn, pairs } = this.book.all();
    const gil: GilDifferential | undefined = ctx.gilTwin && pairs.length > 0 ? gilDifferential(pairs) : undefined;
    const summary = summarizeProperty(prop, ctx, tried, shrunk.final, shrunk.path, gil);
    const stopped = this.settled !== undefined ? `stopped drawing once a draw ${this.settled} (its verdict settled)`
      : `stopped drawing after ${this.broken} programs crashed, hung or died`;
    const result = { ...summary, ...confirmed,
      ...(this.unrun > 0 ? { message: `${summary.message}; ${stopped} (${this.unrun} draws not run)` } : {}) };
    await Promise.all(this.hooks);
    return { ...result, durationMs: Date.now() - this.started, oracleMs: Math.round(this.oracle.ms),
      draws: drawRecords(tried, drawn), ...extras };
  }
}

import type { ProfileSettings } from '../engine/profile.ts';
import { worstStatus } from '../engine/worstStatus.ts';
import type { CaseResult } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { Pool } from '../run/runPool.ts';
import type { CaseDifference, Comparison, Rerun } from './comparison.ts';
import { outcomesOnlyIn } from './outcomeDiff.ts';
import { pairCases } from './pairCases.ts';
import { rerunScenario } from './rerunScenario.ts';

const without = (xs: readonly string[], ys: readonly string[]) => xs.filter((x) => !ys.includes(x));

/**
 * --compare: the cases whose verdict differs between interpreters a and b (same seed, so the same
 * scenarios were drawn on both). Each difference's telling scenario — the counterexample of the side that
 * found something — is run again on both, so that the outcomes seen on one and never on the other come
 * from the very same scenario.
 */
export const compareRuns = async (cases: readonly CaseResult[], a: InterpInfo, b: InterpInfo,
  ctx: { readonly pool: Pool; readonly profile: ProfileSettings; readonly seed: number }): Promise<Comparison> => {
  const pairs = pairCases(cases, a, b);
  const differences: CaseDifference[] = [];
  for (const p of pairs.filter((x) => x.differ)) {
    const scenario = worstStatus([p.a.status, p.b.status]) === p.a.status ? p.a.scenario : p.b.scenario;
    const base = {
      suite: p.a.suite, property: p.a.property, scenario,
      verdicts: [{ status: p.a.status, message: p.a.message }, { status: p.b.status, message: p.b.message }] as const,
    };
    const ra = ctx.pool.signal.aborted ? undefined : await rerunScenario(ctx.pool, a, scenario, ctx.profile, ctx.seed);
    const rb = ctx.pool.signal.aborted ? undefined : await rerunScenario(ctx.pool, b, scenario, ctx.profile, ctx.seed);
    if (!ra || !rb) {
      differences.push({ ...base, onlyA: [], onlyB: [], racesOnlyA: [], racesOnlyB: [] });
      continue;
    }
    const rerun = (r: NonNullable<typeof ra>): Rerun => ({
      status: r.verdict.status, message: r.verdict.message, runs: r.runs, races: (r.verdict.races ?? []).map((x) => x.key),
    });
    const [xa, xb] = [rerun(ra), rerun(rb)];
    differences.push({
      ...base, reruns: [xa, xb],
      onlyA: outcomesOnlyIn(ra.verdict.histogram, rb.verdict.histogram),
      onlyB: outcomesOnlyIn(rb.verdict.histogram, ra.verdict.histogram),
      racesOnlyA: without(xa.races, xb.races), racesOnlyB: without(xb.races, xa.races),
    });
  }
  return { a, b, seed: ctx.seed, compared: pairs.length, differences };
};

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_SHRINK_MS, planProfile, rescheduleProfile, shrinkMsLeft } from '../../src/engine/planProfile.ts';
import { shrinkBudget } from '../../src/engine/shrinkBudget.ts';
import { PROFILES } from '../../src/engine/profile.ts';
import { resolveOptions } from '../../src/options/defaults.ts';
import type { Profile } from '../../src/options/options.ts';

const options = (profile: Profile, budgetMs?: number) => resolveOptions({ profile, budgetMs }, {});

describe('planProfile', () => {
  it('without --budget the profile is used as is', () => {
    expect(planProfile(options('default'), 12)).toBe(PROFILES.default);
  });

  it('with no cases there is nothing to spread over', () => {
    expect(planProfile(options('quick', 60_000), 0)).toBe(PROFILES.quick);
  });

  it('spreads --budget over every case and its scenarios, keeping a tenth for overhead', () => {
    // 60 s over 4 cases = 15 s, 90 % of it = 13.5 s, over 20 scenarios = 0.675 s each.
    const p = planProfile(options('default', 60_000), 4);
    expect(p.secondsPerScenario).toBeCloseTo(0.675, 10);
    expect({ ...p, secondsPerScenario: 0 }).toEqual({ ...PROFILES.default, secondsPerScenario: 0 });
  });

  it('on a ThreadSanitizer build sets aside the measured extra cost of each scenario first', () => {
    // 60 s over 4 cases, 90 % = 13.5 s: 20 scenarios × (0.675 s - 0.45 s).
    expect(planProfile(options('default', 60_000), 4, { tsan: true }).secondsPerScenario).toBeCloseTo(0.225, 10);
    // Soak: 810 s per case at 1.45 s per scenario.
    expect(planProfile(options('soak', 3_600_000), 4, { tsan: true }).scenarios).toBe(558);
    expect(planProfile(options('default', 60_000), 4, { tsan: false })).toEqual(planProfile(options('default', 60_000), 4));
  });

  it('never goes below 50 ms of stress per scenario', () => {
    expect(planProfile(options('quick', 1_000), 100).secondsPerScenario).toBe(0.05);
  });

  it('soak fills each share of the budget with as many scenarios as fit (the budget ends it)', () => {
    // 1 h over 4 cases, 90 % = 810 s, at 1 s per scenario.
    expect(planProfile(options('soak', 3_600_000), 4)).toEqual({ ...PROFILES.soak, scenarios: 810 });
    // 10 min over 25 cases: 21 s each; never fewer than one scenario.
    expect(planProfile(options('soak', 600_000), 25)).toEqual({ ...PROFILES.soak, scenarios: 21 });
    expect(planProfile(options('soak', 1_000), 25)).toEqual({ ...PROFILES.soak, scenarios: 1 });
  });

  it('quick and default plans spend 90 % of the budget (above the 50 ms floor)', () => {
    fc.assert(fc.property(fc.constantFrom<Profile>('quick', 'default'), fc.integer({ min: 1, max: 50 }),
      fc.integer({ min: 60_000, max: 10_000_000 }), (profile, cases, budgetMs) => {
        const p = planProfile(options(profile, budgetMs), cases);
        fc.pre(p.secondsPerScenario > 0.05);
        expect(cases * p.scenarios * p.secondsPerScenario * 1000).toBeCloseTo(budgetMs * 0.9, 3);
      }));
  });
});

describe('rescheduleProfile (ftconform run --budget: each case gets its share of what is left)', () => {
  // 60 s over 4 cases: 0.675 s a scenario as planned, 15 s a case.
  const planned = planProfile(options('default', 60_000), 4);
  const at = (leftMs: number, casesLeft: number) =>
    rescheduleProfile(planned, { leftMs, casesLeft, budgetMs: 60_000, planned: 4 });

  it('keeps the plan while the run is on schedule', () => {
    expect(at(60_000, 4)).toEqual(planned);
    expect(at(30_000, 2)).toEqual(planned);
  });

  it('pays back a case that ran over from the ones after it, and lends them what one left unused', () => {
    // The first case took 35 s (a hang, then shrinking): 25 s left for 3 cases, 8.3 s each instead of 15 s.
    expect(at(25_000, 3).secondsPerScenario).toBeCloseTo(0.675 * (25 / 3) / 15, 3);
    // Three cases took 5 s each: the last gets 45 s.
    expect(at(45_000, 1).secondsPerScenario).toBeCloseTo(0.675 * 3, 3);
  });

  it('keeps the draw counts of the plan (the shards of a run must agree on them) and everything else', () => {
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 200_000 }), fc.integer({ min: 1, max: 4 }), (leftMs, casesLeft) => {
      expect({ ...at(leftMs, casesLeft), secondsPerScenario: 0 }).toEqual({ ...planned, secondsPerScenario: 0 });
    }));
    const soak = planProfile(options('soak', 600_000), 25);
    expect(rescheduleProfile(soak, { leftMs: 100_000, casesLeft: 20, budgetMs: 600_000, planned: 25 }).scenarios).toBe(soak.scenarios);
  });

  it('past the deadline every case left still runs, at the 50 ms floor; never more than 3× the plan', () => {
    expect(at(-5_000, 2).secondsPerScenario).toBe(0.05);
    expect(at(0, 1).secondsPerScenario).toBe(0.05);
    expect(at(600_000, 1).secondsPerScenario).toBeCloseTo(0.675 * 3, 3);
  });
});

describe('shrinkMsLeft (a finding near the end of --budget)', () => {
  it('is the shrink budget without --budget, and while enough of the run is left', () => {
    expect(shrinkMsLeft(20_000, undefined, 1_000)).toBe(20_000);
    expect(shrinkMsLeft(20_000, 100_000, 50_000)).toBe(20_000);
  });

  it('is cut to what is left of the run, but never below MIN_SHRINK_MS', () => {
    expect(shrinkMsLeft(20_000, 100_000, 88_000)).toBe(12_000);
    expect(shrinkMsLeft(20_000, 100_000, 99_000)).toBe(MIN_SHRINK_MS);
    expect(shrinkMsLeft(20_000, 100_000, 130_000)).toBe(MIN_SHRINK_MS);
    expect(shrinkMsLeft(2_000, 100_000, 99_000)).toBe(2_000);
  });

  it('the shrink clock ends at the cut, and says which budget it ran with', async () => {
    const b = shrinkBudget(60_000);
    expect(b.budgetMs()).toBe(60_000);
    b.start(30);
    expect(b.budgetMs()).toBe(30);
    await new Promise((r) => setTimeout(r, 80));
    expect(b.signal.aborted).toBe(true);
    b.stop();
    const never = shrinkBudget(40);
    never.start(60_000);
    expect(never.budgetMs()).toBe(40);
    never.stop();
  });
});

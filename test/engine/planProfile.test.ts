import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planProfile } from '../../src/engine/planProfile.ts';
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

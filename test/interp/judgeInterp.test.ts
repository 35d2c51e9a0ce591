import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeInterp } from '../../src/interp/judgeInterp.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';

const info = (over: Partial<InterpInfo>): InterpInfo => ({
  path: '/p', version: '3.13.5', build: 'b', freeThreaded: true, gilEnabled: false, cpus: 2, ...over,
});

describe('judgeInterp', () => {
  it('checks the version numerically: 3.9 is older than 3.13, 3.100 is not', () => {
    expect(judgeInterp(info({ version: '3.9.18', freeThreaded: false }), { allowGil: false }).ok).toBe(false);
    expect(judgeInterp(info({ version: '3.100.0' }), { allowGil: false }).ok).toBe(true);
  });

  it('accepts exactly the free-threaded builds of 3.13 or newer whose GIL is off (or allowed)', () => {
    fc.assert(fc.property(
      fc.nat(20), fc.nat(20), fc.boolean(), fc.boolean(), fc.boolean(),
      (minor, patch, freeThreaded, gilEnabled, allowGil) => {
        const r = judgeInterp(info({ version: `3.${minor}.${patch}`, freeThreaded, gilEnabled }), { allowGil });
        expect(r.ok).toBe(minor >= 13 && freeThreaded && (!gilEnabled || allowGil));
      },
    ));
  });
});

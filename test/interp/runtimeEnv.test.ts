import { describe, expect, it } from 'vitest';
import { withoutRuntimeEnv, withRuntimeEnv } from '../../src/interp/runtimeEnv.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';

const interp: InterpInfo = { path: '/p/python3.13t', version: '3.13.5', build: 'b', freeThreaded: true, gilEnabled: true, cpus: 2 };

describe('runtime environment (PYTHON_GIL)', () => {
  it('travels with each interpreter, so programs and replay commands carry it', () => {
    expect(withRuntimeEnv([interp], { PYTHON_GIL: '1', HOME: '/root' })[0].env).toEqual({ PYTHON_GIL: '1' });
    expect(withRuntimeEnv([{ ...interp, env: { PYTHON_GIL: '0' } }], { PYTHON_GIL: '1' })[0].env).toEqual({ PYTHON_GIL: '0' });
    expect(withRuntimeEnv([interp], { HOME: '/root' })[0]).toBe(interp);
  });

  it('is kept out of the tests\' own environment', () => {
    expect(withoutRuntimeEnv({ PYTHON_GIL: '1', HOME: '/root' })).toEqual({ HOME: '/root' });
  });
});

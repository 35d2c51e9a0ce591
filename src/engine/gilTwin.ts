import type { InterpInfo } from '../results/interpInfo.ts';

/** The same build with the GIL re-enabled at run time (PYTHON_GIL=1), for --gil-differential. */
export const gilTwin = (interp: InterpInfo): InterpInfo =>
  ({ ...interp, env: { ...interp.env, PYTHON_GIL: '1' }, gilEnabled: true });

import type { CaseResult } from '../../results/caseResult.ts';

/**
 * A hang's native stacks (gdb) as a titled block of text, or the one line that says why there are none; empty
 * when the case has neither (not a hang the runner looked at). Pure.
 */
export const formatNativeStacks = (c: Pick<CaseResult, 'nativeStacks' | 'stacksNote'>): string =>
  c.nativeStacks ? `every thread's native stack (gdb, before the kill):\n${c.nativeStacks}` : c.stacksNote ?? '';

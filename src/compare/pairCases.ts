import type { CaseResult } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';

const sameInterp = (x: InterpInfo, y: InterpInfo): boolean =>
  x.path === y.path && JSON.stringify(x.env ?? {}) === JSON.stringify(y.env ?? {});

/**
 * The cases of interpreters a and b matched by suite and property (pure), in a's order; `differ` says
 * whether their verdicts (statuses) differ.
 */
export const pairCases = (cases: readonly CaseResult[], a: InterpInfo, b: InterpInfo):
  { readonly a: CaseResult; readonly b: CaseResult; readonly differ: boolean }[] => {
  const key = (c: CaseResult) => `${c.suite}\u0000${c.property}`;
  const onB = new Map(cases.filter((c) => sameInterp(c.interp, b)).map((c) => [key(c), c]));
  return cases.filter((c) => sameInterp(c.interp, a)).flatMap((ca) => {
    const cb = onB.get(key(ca));
    return cb ? [{ a: ca, b: cb, differ: ca.status !== cb.status }] : [];
  });
};

import type { OpCall, Scenario } from '../../scenario/scenario.ts';
import { formatCall } from './formatCall.ts';
import { formatInitial } from './formatInitial.ts';
import { formatLock } from './formatLock.ts';
import { formatPyValue } from './formatPyValue.ts';
import { parseOutcome } from './parseOutcome.ts';

export interface ScenarioFormatOptions {
  /** Canonical outcome JSON whose per-operation results annotate the table (Lincheck style). */
  readonly outcome?: string;
  /** How to write one call; default `formatCall` (catalogue id and arguments). */
  readonly renderCall?: (call: OpCall) => string;
  readonly indent?: string;
}

/**
 * A per-thread table of the scenario's operations (one column per thread), after a line with the
 * container, its initial state and the lock mode; with `outcome`, each call shows its result.
 */
export const formatScenario = (s: Scenario, opts: ScenarioFormatOptions = {}): string => {
  const { renderCall = formatCall, indent = '' } = opts;
  const outcome = parseOutcome(opts.outcome);
  const resultOf = (t: number, i: number): string | undefined => {
    const r = outcome?.[t];
    return Array.isArray(r) && i < r.length ? formatPyValue(r[i]) : undefined;
  };
  const columns = s.threads.map((ops, t) => [
    `t${t}`,
    ...ops.map((call, i) => {
      const r = resultOf(t, i);
      return r === undefined ? renderCall(call) : `${renderCall(call)}: ${r}`;
    }),
  ]);
  const height = Math.max(0, ...columns.map((c) => c.length));
  const width = columns.map((c) => Math.max(...c.map((x) => [...x].length)));
  const line = (cells: readonly string[]): string =>
    `${indent}| ${cells.map((x, t) => x + ' '.repeat(width[t] - [...x].length)).join(' | ')} |`;
  const rule = `${indent}|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const rows = Array.from({ length: height - 1 }, (_, i) => line(columns.map((c) => c[i + 1] ?? '')));
  const head = `${indent}${s.container}, initial ${formatInitial(s.container, s.initial)}, lock: ${formatLock(s.lock)}`;
  const tail =
    outcome && outcome.length > s.threads.length ? [`${indent}final ${formatPyValue(outcome[outcome.length - 1])}`] : [];
  return [head, line(columns.map((c) => c[0])), rule, ...rows, ...tail].join('\n');
};

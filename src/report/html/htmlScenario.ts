import type { OpCall, Scenario } from '../../scenario/scenario.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatCall } from '../format/formatCall.ts';
import { formatInitial } from '../format/formatInitial.ts';
import { formatLock } from '../format/formatLock.ts';
import { formatPyValue } from '../format/formatPyValue.ts';
import { parseOutcome } from '../format/parseOutcome.ts';

/** The scenario as an HTML table, one column per thread; with `outcome`, each call shows its result. */
export const htmlScenario = (
  s: Scenario,
  outcome?: string,
  renderCall: (call: OpCall) => string = formatCall,
): string => {
  const results = parseOutcome(outcome);
  const height = Math.max(0, ...s.threads.map((t) => t.length));
  const cell = (t: number, i: number): string => {
    const call = s.threads[t][i];
    if (!call) return '<td></td>';
    const r = results?.[t];
    const res = Array.isArray(r) && i < r.length ? ` → ${formatPyValue(r[i])}` : '';
    return `<td>${e(renderCall(call) + res)}</td>`;
  };
  const rows = Array.from({ length: height }, (_, i) => `<tr>${s.threads.map((_, t) => cell(t, i)).join('')}</tr>`);
  const final = results && results.length > s.threads.length ? formatPyValue(results[results.length - 1]) : undefined;
  return (
    `<p><b>${e(s.container)}</b>, initial <code>${e(formatInitial(s.container, s.initial))}</code>, ` +
    `lock: ${e(formatLock(s.lock))}</p>` +
    `<table class="scenario"><thead><tr>${s.threads.map((_, t) => `<th>t${t}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>` +
    (final === undefined ? '' : `<p class="meta">results of the first FORBIDDEN outcome; final state <code>${e(final)}</code></p>`)
  );
};

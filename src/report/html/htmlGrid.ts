import type { RunSummary } from '../../results/caseResult.ts';
import type { InterpInfo } from '../../results/interpInfo.ts';
import { describeInterp } from '../format/describeInterp.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatCount } from '../format/formatCount.ts';
import { formatPercent } from '../format/formatPercent.ts';
import { groupCases, type CaseGroup } from '../format/groupCases.ts';
import { interpName } from '../format/interpName.ts';
import { STATUS_ORDER } from '../format/statusLabel.ts';

const cell = (g: CaseGroup | undefined): string => {
  if (!g) return '<td class="cell empty">—</td>';
  const worst = STATUS_ORDER.find((s) => g.counts[s] > 0) ?? 'passed';
  const chips = STATUS_ORDER.filter((s) => g.counts[s] > 0)
    .map((s) => `<span class="chip st-${s}">${formatCount(g.counts[s])} ${s}</span>`)
    .join('');
  const overlap = g.overlap.timed === 0 ? 'not timed' : formatPercent(g.overlap.overlapped / g.overlap.timed);
  return (
    `<td class="cell st-${worst}">${chips}<small>${formatCount(g.runs)} runs · overlap ${e(overlap)} · ` +
    `interleaved ${e(formatPercent(g.overlap.interleavedShare))}</small></td>`
  );
};

/** Suites (rows) × interpreters (columns), each cell the status counts coloured by the worst one. */
export const htmlGrid = (summary: RunSummary): string => {
  const groups = groupCases(summary);
  const interps = new Map<string, InterpInfo>();
  for (const i of summary.interps) interps.set(interpName(i), i);
  for (const g of groups) if (!interps.has(g.interpName)) interps.set(g.interpName, g.interp);
  const suites = [...new Set(summary.cases.map((c) => c.suite))];
  if (suites.length === 0) return '<p class="meta">No cases ran.</p>';
  const head = [...interps].map(([name, i]) => `<th>${e(name)}<small>${e(describeInterp(i))}</small></th>`);
  const rows = suites.map(
    (s) =>
      `<tr><th>${e(s)}</th>${[...interps.keys()].map((n) => cell(groups.find((g) => g.suite === s && g.interpName === n))).join('')}</tr>`,
  );
  return `<table class="grid"><thead><tr><th>suite</th>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
};

import type { Schedule } from '../../results/caseResult.ts';
import { formatSchedule, gateLabel } from '../format/formatSchedule.ts';
import { escapeHtml as e } from './escapeHtml.ts';

/**
 * A controlled schedule as a timeline: one row per thread, one column per segment, the thread that held the
 * container in that segment marked with the gate where it stopped (pure).
 */
export const htmlTimeline = (s: Schedule): string => {
  const threads = Math.max(0, ...s.timeline.map(([t]) => t)) + 1;
  const rows = Array.from({ length: threads }, (_, t) => `<tr><th>t${t}</th>${s.timeline.map(([u, gate]) =>
    (u === t ? `<td class="ran">${e(gateLabel(gate))}</td>` : '<td></td>')).join('')}</tr>`);
  return `<p>Replayed exactly by the reproducer: <code>${e(formatSchedule(s).split(':')[0])}</code></p>`
    + `<table class="timeline">${rows.join('')}</table>`;
};

import type { Schedule } from '../../results/caseResult.ts';
import { gateLabel, stretchesOf } from '../format/formatSchedule.ts';
import { escapeHtml as e } from './escapeHtml.ts';

/**
 * A controlled schedule as a timeline: one row per thread, one column per stretch in which one thread held the
 * container, marked with the gate where it stopped and how many gates it went on through (pure).
 */
export const htmlTimeline = (s: Schedule): string => {
  const stretches = stretchesOf(s);
  const threads = Math.max(0, ...stretches.map((x) => x.thread)) + 1;
  const rows = Array.from({ length: threads }, (_, t) => `<tr><th>t${t}</th>${stretches.map((x) =>
    (x.thread === t ? `<td class="ran">${e(gateLabel(x.stop))}${x.gates > 1 ? ` <small>(${x.gates} gates)</small>` : ''}</td>`
      : '<td></td>')).join('')}</tr>`);
  return `<p>Replayed exactly by the reproducer: decisions <code>[${e(s.decisions.join(', '))}]</code></p>`
    + `<table class="timeline">${rows.join('')}</table>`;
};

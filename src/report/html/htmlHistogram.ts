import type { GradedOutcome } from '../../results/caseResult.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatCount } from '../format/formatCount.ts';
import { formatOutcome } from '../format/formatOutcome.ts';
import { formatPercent } from '../format/formatPercent.ts';
import { sortHistogram } from '../format/sortHistogram.ts';

/** The outcome histogram as a table of horizontal bars (width = share of samples, colour = grade). */
export const htmlHistogram = (histogram: readonly GradedOutcome[]): string => {
  if (histogram.length === 0) return '<p class="meta">No outcomes recorded.</p>';
  const total = histogram.reduce((n, o) => n + o.count, 0);
  const rows = sortHistogram(histogram).map((o) => {
    const share = total === 0 ? 0 : o.count / total;
    const grade = o.expect.toLowerCase();
    return (
      `<tr class="${grade === 'forbidden' ? 'forbidden' : ''}">` +
      `<td class="barcell"><div class="bar"><div class="fill g-${grade}" style="width:${(share * 100).toFixed(2)}%"></div></div></td>` +
      `<td class="outcome" title="${e(o.outcome)}">${e(formatOutcome(o.outcome))}</td>` +
      `<td class="num">${formatCount(o.count)}</td><td class="num">${e(formatPercent(share, 2))}</td>` +
      `<td class="grade" style="color:var(--${grade === 'acceptable_interesting' ? 'interesting' : grade})">${o.expect}</td>` +
      `<td>${e(o.description)}</td></tr>`
    );
  });
  return (
    '<table class="hist"><thead><tr><th></th><th>RESULT</th><th>SAMPLES</th><th>FREQ</th><th>EXPECT</th><th>DESCRIPTION</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
};

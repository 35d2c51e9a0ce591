import type { RunSummary } from '../../results/caseResult.ts';
import type { OpCall } from '../../scenario/scenario.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { htmlCase } from './htmlCase.ts';
import { htmlGrid } from './htmlGrid.ts';
import { htmlStyle } from './htmlStyle.ts';
import { overallVerdict } from '../format/overallVerdict.ts';
import { relativeHref } from './relativeHref.ts';
import { STATUS_ORDER } from '../format/statusLabel.ts';

export interface HtmlOptions {
  /** Folder the page will be written to; reproducer links are made relative to it. */
  readonly htmlDir: string;
  /** Folder that relative paths (htmlDir, case.reproducer) start from; default '/' (fine when both are relative). */
  readonly cwd?: string;
  readonly renderCall?: (call: OpCall) => string;
}

/**
 * A self-contained HTML report (inline CSS, no scripts, no external URLs): the verdict, a banner if
 * the run was interrupted, a grid of suites × interpreters, then every case, non-passing ones open
 * first, passing ones collapsed.
 */
export const buildHtml = (summary: RunSummary, opts: HtmlOptions): string => {
  const verdict = overallVerdict(summary);
  const rank = (s: string): number => STATUS_ORDER.indexOf(s as (typeof STATUS_ORDER)[number]);
  const ordered = summary.cases
    .map((c, i) => ({ c, id: `case-${i}` }))
    .sort((a, b) => rank(a.c.status) - rank(b.c.status));
  const block = ({ c, id }: (typeof ordered)[number]): string =>
    htmlCase(c, {
      id,
      open: c.status !== 'passed',
      renderCall: opts.renderCall,
      reproducerHref: c.reproducer ? relativeHref(opts.htmlDir, c.reproducer, opts.cwd ?? '/') : undefined,
    });
  const notPassed = ordered.filter((x) => x.c.status !== 'passed');
  const passed = ordered.filter((x) => x.c.status === 'passed');
  const banner = summary.interrupted
    ? '<div class="banner interrupted" id="interrupted" role="alert">Run interrupted: it was stopped before ' +
      'it finished, so these results cover only the cases that completed.</div>'
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ftconform report: ${e(verdict.line)}</title><style>${htmlStyle}</style></head>
<body><main>
<h1>ftconform report</h1>
<p class="meta">profile ${e(summary.profile)} · started ${e(summary.startedAt)} · finished ${e(summary.finishedAt)} · ${summary.cases.length} cases</p>
<div class="verdict v-${verdict.verdict}" id="verdict">${e(verdict.line)}</div>
${banner}
<h2>Suites × interpreters</h2>
${htmlGrid(summary)}
<h2>Not passed (${notPassed.length})</h2>
${notPassed.length === 0 ? '<p class="meta">Every case passed.</p>' : notPassed.map(block).join('\n')}
<h2>Passed (${passed.length})</h2>
${passed.map(block).join('\n')}
</main></body></html>
`;
};

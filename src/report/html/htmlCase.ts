import type { CaseResult } from '../../results/caseResult.ts';
import type { OpCall } from '../../scenario/scenario.ts';
import { describeInterp } from '../format/describeInterp.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatCount } from '../format/formatCount.ts';
import { formatExcused } from '../format/formatExcused.ts';
import { formatOverlap } from '../format/formatOverlap.ts';
import { formatGilDifferential } from '../format/formatGilDifferential.ts';
import { firstSeenSentence, shrankFromFirstSight, shrinkSentence } from '../format/formatShrink.ts';
import { htmlHistogram } from './htmlHistogram.ts';
import { htmlRaces } from './htmlRaces.ts';
import { htmlScenario } from './htmlScenario.ts';
import { htmlTimeline } from './htmlTimeline.ts';
import { interpName } from '../format/interpName.ts';
import { sortHistogram } from '../format/sortHistogram.ts';
import { statusLabel } from '../format/statusLabel.ts';

export interface HtmlCaseOptions {
  /** Element id, unique in the page. */
  readonly id: string;
  /** Link to the reproducer, relative to the page. */
  readonly reproducerHref?: string;
  /** Open when the page loads (non-passing cases); passing ones start collapsed. */
  readonly open: boolean;
  readonly renderCall?: (call: OpCall) => string;
}

const facts = (c: CaseResult): string => {
  const rows: [string, string][] = [
    ['interpreter', `${e(interpName(c.interp))} <span class="meta">(${e(describeInterp(c.interp))})</span>`],
    ['property', e(c.property)],
  ];
  if (c.broken) {
    rows.push(['guarantee', `<q>${e(c.broken.sentence)}</q> <cite>${e(c.broken.source)}</cite> (since ${e(c.broken.since)})`]);
  }
  if (c.expectationsFrom) rows.push(['expectations', e(c.expectationsFrom)]);
  if (c.knownIssue) rows.push(['known issue', e(c.knownIssue)]);
  if (c.excused) rows.push(['excused', e(formatExcused(c.excused))]);
  if (c.signal) rows.push(['signal', `<code>${e(c.signal)}</code>`]);
  rows.push(['seed / path', `<code>--seed=${e(String(c.seed))} --path=${e(c.path)}</code> (profile ${e(c.profile)})`]);
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
};

const reproducer = (c: CaseResult, href: string | undefined): string => {
  const rate = c.reproduced ? `reproduced ${formatCount(c.reproduced.hits)} / ${formatCount(c.reproduced.tries)} runs` : '';
  if (c.reproducer) {
    const link = href === undefined ? e(c.reproducer) : `<a class="repro" href="${e(href)}">${e(c.reproducer)}</a>`;
    return `<p>Reproducer: ${link}${rate ? ` — ${rate}` : ''}</p>`;
  }
  return rate ? `<p>${rate}</p>` : '';
};

/** How shrinking went, and the scenario as first seen when shrinking changed it. */
const shrinking = (c: CaseResult, renderCall: HtmlCaseOptions['renderCall']): string => {
  const shrunk = shrinkSentence(c), first = firstSeenSentence(c);
  if (!shrunk && !first) return '';
  const f = c.firstSight;
  const before = f && shrankFromFirstSight(c)
    ? `<p>${e(first!)}, before shrinking:</p><pre class="replay"><code>${e(f.replay)}</code></pre>${htmlScenario(f.scenario, f.outcome, renderCall)}`
    : first ? `<p>${e(first)} (this scenario)</p>` : '';
  return `<h4>Shrinking</h4>${shrunk ? `<p>${e(shrunk)}</p>` : ''}${before}`;
};

/** One case as a <details> block: replay command, facts, scenario, histogram bars, overlap, reproducer, traceback. */
export const htmlCase = (c: CaseResult, o: HtmlCaseOptions): string => {
  const forbidden = sortHistogram(c.histogram).find((h) => h.expect === 'FORBIDDEN');
  const tb =
    c.traceback && c.traceback.trim() !== ''
      ? `<h4>${c.status === 'hung' ? 'Stacks of every thread' : 'Traceback'}</h4><pre class="traceback">${e(c.traceback)}</pre>`
      : '';
  const native = c.nativeStacks
    ? `<h4>Native stacks of every thread (gdb, before the kill)</h4><pre class="traceback">${e(c.nativeStacks)}</pre>`
    : c.stacksNote ? `<p class="meta">${e(c.stacksNote)}</p>` : '';
  return (
    `<details class="case st-${c.status}" id="${e(o.id)}"${o.open ? ' open' : ''}>` +
    `<summary><span class="badge st-${c.status}">${statusLabel(c.status)}</span>` +
    `<span class="cname">${e(c.name)}</span>` +
    `<span class="meta">${e(c.suite)} · ${e(interpName(c.interp))} · ${formatCount(c.runs)} runs</span></summary>` +
    `<div class="body"><p class="msg">${e(c.message)}</p>` +
    `<h4>Replay</h4><pre class="replay"><code>${e(c.replay)}</code></pre>` +
    facts(c) +
    (c.probe !== undefined
      ? `<h4>Probe</h4><p>${e(c.probe)} (its program is the reproducer)</p>`
      : `<h4>Scenario</h4>${htmlScenario(c.scenario, forbidden?.outcome, o.renderCall)}` +
        (forbidden?.schedule ? `<h4>Schedule</h4>${htmlTimeline(forbidden.schedule)}` : '') +
        `<h4>Outcomes</h4>${htmlHistogram(c.histogram)}` +
        `<p class="overlap">${e(formatOverlap(c.overlap))}</p>`) +
    (c.gilDifferential ? `<pre class="gil-differential">${e(formatGilDifferential(c).join('\n'))}</pre>` : '') +
    htmlRaces(c.races) +
    reproducer(c, o.reproducerHref) +
    shrinking(c, o.renderCall) +
    tb +
    native +
    '</div></details>'
  );
};

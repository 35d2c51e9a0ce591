import type { DataRace } from '../../results/dataRace.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatCount } from '../format/formatCount.ts';
import { formatInitial } from '../format/formatInitial.ts';
import { raceThreadOps } from '../format/raceThreadOps.ts';

const race = (r: DataRace): string => {
  const badge = r.known
    ? `<span class="badge st-known">KNOWN</span> <a href="${e(r.known.url)}">${e(r.known.id)}</a> ${e(r.known.title)}`
    : '<span class="badge st-raced">NEW</span>';
  const accesses = r.accesses.map((a) =>
    `<li>${e(a.what)} by ${e(raceThreadOps(a, r.scenario))}${a.mutexes ? ` <span class="meta">[mutexes: ${e(a.mutexes)}]</span>` : ''}` +
    `<pre class="frames">${e(a.frames.join('\n') || '(stack not restored by TSAN)')}</pre></li>`).join('');
  return `<div class="race">${badge} <code>${e(r.key)}</code> <span class="meta">${e(r.kind)} · ${formatCount(r.reports)} report${r.reports === 1 ? '' : 's'}</span>` +
    `<ul>${accesses}</ul>` +
    (r.location ? `<p class="meta">location: ${e(r.location)}</p>` : '') +
    `<p class="meta">scenario: ${e(r.scenario.container)}, initial <code>${e(formatInitial(r.scenario.container, r.scenario.initial))}</code></p>` +
    `<details><summary>ThreadSanitizer's report</summary><pre class="traceback">${e(r.report)}</pre></details></div>`;
};

/** A case's data races as HTML (empty when it has none): each with its threads' operations and top frames. */
export const htmlRaces = (races: readonly DataRace[] | undefined): string =>
  !races || races.length === 0 ? '' : `<h4>Data races (ThreadSanitizer): ${races.length} distinct</h4>${races.map(race).join('')}`;

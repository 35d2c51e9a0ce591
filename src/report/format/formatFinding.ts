import type { CaseResult } from '../../results/caseResult.ts';
import type { OpCall } from '../../scenario/scenario.ts';
import { describeInterp } from './describeInterp.ts';
import { formatCount } from './formatCount.ts';
import { formatGilDifferential } from './formatGilDifferential.ts';
import { formatHistogram } from './formatHistogram.ts';
import { formatOverlap } from './formatOverlap.ts';
import { formatRaces } from './formatRaces.ts';
import { formatScenario } from './formatScenario.ts';
import { formatSchedule } from './formatSchedule.ts';
import { formatShrink } from './formatShrink.ts';
import { interpName } from './interpName.ts';
import { sortHistogram } from './sortHistogram.ts';
import { statusLabel } from './statusLabel.ts';
import { trimTraceback } from './trimTraceback.ts';

export interface FindingFormatOptions {
  /** How to write one call in the scenario table; default the catalogue id and arguments. */
  readonly renderCall?: (call: OpCall) => string;
  /** Console lines kept of a traceback; default 40. */
  readonly tracebackLines?: number;
}

const I = '  ';
const indentAll = (text: string): string => text.split('\n').map((l) => (l === '' ? l : I + l)).join('\n');

const tracebackTitle = (c: CaseResult): string =>
  c.status === 'crashed' ? 'traceback (faulthandler)' : c.status === 'hung' ? "every thread's stack" : 'traceback';

/**
 * The console text for a case that did not pass. Its first line is the replay command, so a CI
 * annotation that shows only the start of a message still tells how to reproduce it.
 */
export const formatFinding = (c: CaseResult, opts: FindingFormatOptions = {}): string => {
  const firstForbidden = sortHistogram(c.histogram).find((o) => o.expect === 'FORBIDDEN');
  const facts: [string, string][] = [
    ['case', c.name],
    ['interpreter', `${interpName(c.interp)} (${describeInterp(c.interp)})`],
  ];
  if (c.broken) facts.push(['guarantee', `"${c.broken.sentence}" (${c.broken.source}; since ${c.broken.since})`]);
  if (c.expectationsFrom) facts.push(['expectations', c.expectationsFrom]);
  if (c.knownIssue) facts.push(['known issue', c.knownIssue]);
  if (c.signal) facts.push(['signal', c.signal]);
  if (c.probe === undefined) facts.push(['seed / path', `--seed=${c.seed} --path=${c.path} (profile ${c.profile})`]);
  const width = Math.max(...facts.map(([k]) => k.length));

  const head = [
    c.replay,
    `${statusLabel(c.status)} ${c.property}: ${c.message.replace(/\n/g, ' / ')}`,
    ...facts.map(([k, v]) => `${I}${k.padEnd(width)}  ${v}`),
  ];
  // A doctor's probe has no scenario, outcomes or overlap: its program is the reproducer.
  const lines: string[] = c.probe !== undefined ? [...head, `probe: ${c.probe} (its program is the reproducer)`] : [
    ...head,
    firstForbidden ? 'scenario (results of the first FORBIDDEN outcome):' : 'scenario:',
    formatScenario(c.scenario, { outcome: firstForbidden?.outcome, renderCall: opts.renderCall, indent: I }),
    ...(firstForbidden?.schedule ? [`${I}${formatSchedule(firstForbidden.schedule)}`] : []),
    `outcomes of this scenario (${formatCount(c.histogram.reduce((a, g) => a + g.count, 0))} of the case's ${formatCount(c.runs)} runs):`,
    formatHistogram(c.histogram, I),
    formatOverlap(c.overlap),
    ...formatGilDifferential(c, I),
    ...formatRaces(c.races, I),
    ...formatShrink(c, { renderCall: opts.renderCall, indent: I }),
  ];
  const hitRate = c.reproduced && `reproduced ${formatCount(c.reproduced.hits)} / ${formatCount(c.reproduced.tries)} runs`;
  if (c.reproducer) lines.push(`reproducer: ${c.reproducer}${hitRate ? ` (${hitRate})` : ''}`);
  else if (hitRate) lines.push(hitRate);
  if (c.issueDraft) lines.push(`issue draft: ${c.issueDraft}`);
  if (c.traceback && c.traceback.trim() !== '') {
    lines.push(`${tracebackTitle(c)}:`, indentAll(trimTraceback(c.traceback, opts.tracebackLines ?? 40)));
  }
  // A hang the runner looked at before the kill: which C function each thread waits in.
  if (c.nativeStacks) {
    lines.push("every thread's native stack (gdb, before the kill):", indentAll(trimTraceback(c.nativeStacks, opts.tracebackLines ?? 40)));
  } else if (c.stacksNote) lines.push(c.stacksNote);
  return lines.join('\n');
};

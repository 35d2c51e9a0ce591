import { formatSeconds } from '../report/format/formatSeconds.ts';
import { median } from './median.ts';
import type { PlantedTiming } from './timePlanted.ts';

const cell = (xs: readonly number[], of: number): string => {
  const m = median(xs);
  if (m === undefined) return 'never';
  const spread = xs.length > 1 ? ` (${formatSeconds(Math.min(...xs))}–${formatSeconds(Math.max(...xs))})` : '';
  return `${formatSeconds(m)}${spread}${xs.length < of ? ` [${xs.length} of ${of}]` : ''}`;
};

/**
 * Time to a finding per planted bug, medians over the seeds (pure): to the first forbidden outcome, crash
 * or hang; to the shrunk, confirmed reproducer; to the end of the case (every draw graded).
 */
export const formatPlanted = (rows: readonly PlantedTiming[], profile: string, targets = { firstS: 5, reproS: 30 }): string => {
  const bugs = [...new Set(rows.map((r) => r.bug))];
  const seeds = [...new Set(rows.map((r) => r.seed))];
  const table = [['planted bug', 'caught', 'first detection', 'shrunk reproducer', 'case done', 'ops first → shrunk', 'budget hit']];
  const firsts: number[] = [], repros: number[] = [];
  for (const bug of bugs) {
    const rs = rows.filter((r) => r.bug === bug);
    const first = rs.flatMap((r) => (r.firstMs === undefined ? [] : [r.firstMs]));
    const repro = rs.flatMap((r) => (r.reproMs === undefined ? [] : [r.reproMs]));
    const m1 = median(first), m2 = median(repro);
    if (m1 !== undefined) firsts.push(m1);
    if (m2 !== undefined) repros.push(m2);
    const ops = rs.map((r) => `${r.opsFirst ?? '—'}→${r.opsFinal}`).join(' ');
    table.push([bug.replace(/^fixture\./, ''), `${rs.filter((r) => r.caught).length}/${rs.length}`, cell(first, rs.length),
      cell(repro, rs.length), cell(rs.map((r) => r.finalMs), rs.length), ops, String(rs.filter((r) => r.stopped).length)]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const text = table.map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
  const worst = (xs: number[]) => (xs.length ? formatSeconds(Math.max(...xs)) : '—');
  return [
    `time to a finding, per planted bug (profile ${profile}, seeds ${seeds.join(', ')}; medians, range in brackets):`,
    text,
    `slowest median: first detection ${worst(firsts)} (target ≤ ${targets.firstS} s), shrunk reproducer ${worst(repros)} `
      + `(target ≤ ${targets.reproS} s); bugs never caught: ${bugs.filter((b) => !rows.some((r) => r.bug === b && r.caught)).length}`,
  ].join('\n');
};

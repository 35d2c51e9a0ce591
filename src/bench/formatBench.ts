import type { Figures } from './benchFigures.ts';

export interface BenchReport {
  readonly interp: string;
  readonly seconds: number;
  readonly raw: Figures;
  /** Engine figures for each meet interval, on the symmetric race and on the negative control. */
  readonly engine: readonly { readonly meetEvery: number; readonly race: Figures; readonly control: Figures }[];
  readonly baseline: { readonly race: Figures; readonly control: Figures };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (x: number | undefined) => (x === undefined ? '   —' : `${(x * 100).toFixed(1)} %`);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : a > 0 ? '∞ (baseline saw none)' : '—');

/** The benchmark's printout: figures side by side, then the ratios the targets are stated in. */
export const formatBench = (r: BenchReport): string => {
  const rows = [
    ['variant', 'iterations/s', 'minority', 'overlap', 'violations/s (control)'],
    ['raw op, 1 thread, no sync', n(r.raw.perSecond), '', '', ''],
    ['baseline: Barrier per iteration', n(r.baseline.race.perSecond), pct(r.baseline.race.minority), '', n(r.baseline.control.violationsPerSecond)],
    ...r.engine.map((e) => [`engine, meet every ${e.meetEvery}`, n(e.race.perSecond), pct(e.race.minority), pct(e.race.overlap), n(e.control.violationsPerSecond)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const table = rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
  const best = [...r.engine].sort((a, b) => b.control.violationsPerSecond - a.control.violationsPerSecond)[0];
  return [
    `ftconform bench on ${r.interp} (${r.seconds} s per measurement)`,
    'race: 2 threads d.setdefault(1, 10) / d.setdefault(1, 20) on fresh dicts; control: 2 threads unlocked d[1] = d.get(1, 0) + 1',
    '',
    table,
    '',
    ...r.engine.map((e) => `engine (meet ${e.meetEvery}) vs baseline: ${ratio(e.race.perSecond, r.baseline.race.perSecond)} iterations/s, ` +
      `${ratio(e.control.violationsPerSecond, r.baseline.control.violationsPerSecond)} violations/s; ` +
      `${pct(e.race.perSecond / r.raw.perSecond)} of the raw operation rate`),
    `best for the control: meet every ${best.meetEvery} (targets: ≥ 100× baseline violations/s, ≥ 200,000 iterations/s, minority ≥ 30 %)`,
  ].join('\n');
};

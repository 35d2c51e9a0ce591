import type { Measured } from './benchFigures.ts';
import { lostUpdates } from './lostUpdates.ts';

/** The race and the control measured with one number of threads, by the baseline and by the engine. */
export interface ScalingRow {
  readonly threads: number;
  readonly baseline: { readonly race: Measured; readonly control: Measured };
  readonly engine: { readonly race: Measured; readonly control: Measured };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const rate = (m: Measured) => (m.seconds > 0 ? m.runs / m.seconds : 0);
const lostRate = (m: Measured, threads: number) => (m.seconds > 0 ? lostUpdates(m.hist ?? {}, threads) / m.seconds : 0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : a > 0 ? '∞' : '—');
const pct = (m: Measured) => (m.timed ? `${((100 * (m.overlapped ?? 0)) / m.timed).toFixed(1)} %` : '—');

/**
 * How contention scales with the number of threads (pure): iterations/s of the race and lost updates/s of
 * the control, baseline (a Barrier per iteration) against the engine (meet every 2), side by side.
 */
export const formatScaling = (rows: readonly ScalingRow[], cpus: number): string => {
  const table = [['threads', 'baseline it/s', 'engine it/s', 'ratio', 'engine overlap',
    'baseline lost/s', 'engine lost/s', 'ratio']];
  for (const r of rows) {
    const [bi, ei] = [rate(r.baseline.race), rate(r.engine.race)];
    const [bl, el] = [lostRate(r.baseline.control, r.threads), lostRate(r.engine.control, r.threads)];
    table.push([`${r.threads}${r.threads > cpus ? ' (> CPUs)' : ''}`, n(bi), n(ei), ratio(ei, bi), pct(r.engine.race),
      n(bl), n(el), ratio(el, bl)]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return [
    `scaling on ${cpus} usable CPUs: race = every thread d.setdefault(1, …) on one fresh dict; `
      + 'control = every thread d[1] = d.get(1, 0) + 1 unlocked (lost: final count below the number of threads)',
    ...table.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')),
  ].join('\n');
};

/** Thread counts to measure: powers of two from 2 up to the usable CPUs (at least 2) (pure). */
export const scalingThreads = (cpus: number): number[] => {
  const out = [2];
  while (out[out.length - 1] * 2 <= cpus) out.push(out[out.length - 1] * 2);
  return out;
};

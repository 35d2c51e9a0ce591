import type { Figures } from './benchFigures.ts';

/** One input kind measured by the bench: the engine's rate on the same race with keys of that kind. */
export interface KindRow {
  readonly kind: string;
  readonly figures: Figures;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * Iterations/s of the engine (meet every 2) per input kind, each as a ratio of the first row's (small int
 * keys, the only kind before issue 9) (pure).
 */
export const formatKinds = (rows: readonly KindRow[]): string => {
  const base = rows[0]?.figures.perSecond ?? 0;
  const table = [['input kind (d.setdefault race)', 'iterations/s', 'vs int keys', 'minority']];
  for (const r of rows) {
    table.push([r.kind, n(r.figures.perSecond), base > 0 ? `${(r.figures.perSecond / base).toFixed(2)}×` : '—',
      `${(r.figures.minority * 100).toFixed(1)} %`]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return table.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
};

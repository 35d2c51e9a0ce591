export interface TsanBenchRow {
  readonly what: string;
  readonly plain: number;
  readonly tsan: number;
  /** Iterations per second: the slowdown is plain / tsan; seconds: tsan / plain. */
  readonly higherIsBetter: boolean;
}

const n = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2));

/** The TSAN benchmark's printout: each figure on both builds and the slowdown factor (pure). */
export const formatTsanBench = (plain: string, tsan: string, seconds: number, rows: readonly TsanBenchRow[]): string => {
  const table = [
    ['measurement', 'plain', 'TSAN', 'slowdown'],
    ...rows.map((r) => [r.what, n(r.plain), n(r.tsan),
      `${(r.higherIsBetter ? r.plain / r.tsan : r.tsan / r.plain).toFixed(1)}×`]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return [
    `ftconform bench:tsan (${seconds} s per rate measurement)`,
    `plain: ${plain}`,
    `TSAN:  ${tsan}`,
    '',
    ...table.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')),
  ].join('\n');
};

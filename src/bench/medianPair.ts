import type { Figures } from './benchFigures.ts';
import type { Pair } from './formatBench.ts';
import { median } from './median.ts';

const mid = (xs: readonly (number | undefined)[]): number | undefined =>
  median(xs.filter((x): x is number => x !== undefined));
/** Repeated measurements of one figure set as one: the median of each figure (pure). */
export const medianFigures = (fs: readonly Figures[]): Figures => ({
  perSecond: mid(fs.map((f) => f.perSecond)) ?? 0,
  minority: mid(fs.map((f) => f.minority)) ?? 0,
  violationsPerSecond: mid(fs.map((f) => f.violationsPerSecond)) ?? 0,
  overlap: mid(fs.map((f) => f.overlap)),
});
const range = (xs: readonly number[]): readonly [number, number] => [Math.min(...xs), Math.max(...xs)];

/** Repeated measurements of one variant as one: the median of each figure, and the range it came from (pure). */
export const medianPair = (pairs: readonly Pair[]): Pair => ({
  race: medianFigures(pairs.map((p) => p.race)),
  control: medianFigures(pairs.map((p) => p.control)),
  spread: { n: pairs.length, perSecond: range(pairs.map((p) => p.race.perSecond)),
    violationsPerSecond: range(pairs.map((p) => p.control.violationsPerSecond)) },
});

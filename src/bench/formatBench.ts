import type { Figures } from './benchFigures.ts';

/** One variant measured on the symmetric race and on the negative control. */
export interface Pair {
  readonly race: Figures;
  readonly control: Figures;
  /** Measured `n` times, interleaved with the variants it is compared with: medians above, ranges here. */
  readonly spread?: { readonly n: number; readonly perSecond: readonly [number, number]; readonly violationsPerSecond: readonly [number, number] };
}

export interface BenchReport {
  readonly interp: string;
  readonly seconds: number;
  readonly raw: Figures;
  /** Engine figures for each meet interval, on the symmetric race and on the negative control. */
  readonly engine: readonly ({ readonly meetEvery: number } & Pair)[];
  /** The stress loop before issue 10 (the main thread builds and aggregates between rounds), meet every 2. */
  readonly before: Pair;
  readonly baseline: Pair;
  /** The race's operation alone with the engine's meetings (every 2): what the interpreter allows there. */
  readonly bare?: Figures;
  /** The same with one CPU-bound process running beside: baseline, the loop before, the engine (meet 2), the bare loop. */
  readonly busy?: { readonly baseline: Pair; readonly before: Pair; readonly engine: Pair; readonly bare?: Figures };
  /** The same CPU-bound process in each program's own scheduling group (src/bench/cpuHog.ts): baseline, engine (meet 2), the bare loop. */
  readonly busyGroup?: { readonly baseline: Pair; readonly engine: Pair; readonly bare?: Figures };
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (x: number | undefined) => (x === undefined ? '   —' : `${(x * 100).toFixed(1)} %`);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : a > 0 ? '∞ (baseline saw none)' : '—');
const row = (name: string, p: Pair, overlap = true) =>
  [name, n(p.race.perSecond), pct(p.race.minority), overlap ? pct(p.race.overlap) : '', n(p.control.violationsPerSecond)];
const spreadOf = (name: string, p: Pair) => (p.spread
  ? [`  ${name}: ${n(p.spread.perSecond[0])}–${n(p.spread.perSecond[1])} iterations/s, `
    + `${n(p.spread.violationsPerSecond[0])}–${n(p.spread.violationsPerSecond[1])} violations/s`] : []);
const bareRow = (name: string, b: Figures | undefined) => (b ? [[name, n(b.perSecond), '', '', '']] : []);
// The bare loop against the baseline, and the engine against it: an engine near or above the bare loop spends
// its time in the operation at this contention (the interpreter's), not in its own bookkeeping.
const ofBare = (what: string, b: Figures | undefined, engine: Pair, baseline: Pair) => (b
  ? [`${what}: ${n(b.perSecond)} iterations/s, ${ratio(b.perSecond, baseline.race.perSecond)} baseline; `
    + `engine (meet 2) / bare: ${b.perSecond > 0 ? `${(engine.race.perSecond / b.perSecond).toFixed(2)}×` : '—'}`]
  : []);
const versus = (what: string, a: Pair, b: Pair) =>
  `${what}: ${ratio(a.race.perSecond, b.race.perSecond)} iterations/s, ${ratio(a.control.violationsPerSecond, b.control.violationsPerSecond)} violations/s`;

/** The benchmark's printout: figures side by side, then the ratios the targets are stated in. */
export const formatBench = (r: BenchReport): string => {
  const meet2 = r.engine.find((e) => e.meetEvery === 2) ?? r.engine[0];
  const rows = [
    ['variant', 'iterations/s', 'minority', 'overlap', 'violations/s (control)'],
    ['raw op, 1 thread, no sync', n(r.raw.perSecond), '', '', ''],
    row('baseline: Barrier per iteration', r.baseline, false),
    row('loop before issue 10, meet every 2', r.before),
    ...r.engine.map((e) => row(`engine, meet every ${e.meetEvery}`, e)),
    ...bareRow('bare: the operation alone, meet every 2', r.bare),
    ...(r.busy ? [
      row('busy: baseline', r.busy.baseline, false),
      row('busy: loop before issue 10, meet every 2', r.busy.before),
      row('busy: engine, meet every 2', r.busy.engine),
      ...bareRow('busy: bare, meet every 2', r.busy.bare),
    ] : []),
    ...(r.busyGroup ? [
      row('busy, one group: baseline', r.busyGroup.baseline, false),
      row('busy, one group: engine, meet every 2', r.busyGroup.engine),
      ...bareRow('busy, one group: bare, meet every 2', r.busyGroup.bare),
    ] : []),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((x) => x[i].length)));
  const table = rows.map((x) => x.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
  const best = [...r.engine].sort((a, b) => b.control.violationsPerSecond - a.control.violationsPerSecond)[0];
  return [
    `ftconform bench on ${r.interp} (${r.seconds} s per measurement)`,
    'race: 2 threads d.setdefault(1, 10) / d.setdefault(1, 20) on fresh dicts; control: 2 threads unlocked d[1] = d.get(1, 0) + 1',
    ...(r.busy ? ['busy: the same with one CPU-bound process running beside it'] : []),
    ...(r.busyGroup ? ['busy, one group: that process in the program\'s own scheduling group (as in a container\'s one cgroup)'] : []),
    '',
    table,
    '',
    ...(meet2.spread ? [`medians of ${meet2.spread.n} runs each, interleaved (ranges):`] : []),
    ...spreadOf('baseline', r.baseline), ...spreadOf('loop before issue 10', r.before), ...spreadOf('engine, meet every 2', meet2),
    ...(r.busy ? [...spreadOf('busy: baseline', r.busy.baseline), ...spreadOf('busy: loop before issue 10', r.busy.before),
      ...spreadOf('busy: engine, meet every 2', r.busy.engine)] : []),
    ...(r.busyGroup ? [...spreadOf('busy, one group: baseline', r.busyGroup.baseline),
      ...spreadOf('busy, one group: engine, meet every 2', r.busyGroup.engine)] : []),
    ...r.engine.map((e) => `${versus(`engine (meet ${e.meetEvery}) vs baseline`, e, r.baseline)}; `
      + `${pct(e.race.perSecond / r.raw.perSecond)} of the raw operation rate`),
    `${versus('engine (meet 2) vs the loop before issue 10 (meet 2)', meet2, r.before)} (target ≥ 1.5× iterations/s)`,
    ...ofBare('bare (the operation alone, meet 2)', r.bare, meet2, r.baseline),
    ...(r.busy ? [
      `${versus('busy: engine (meet 2) vs baseline', r.busy.engine, r.busy.baseline)} (target ≥ 10× both)`,
      `${versus('busy: loop before issue 10 (meet 2) vs baseline', r.busy.before, r.busy.baseline)}`,
      ...ofBare('busy: bare', r.busy.bare, r.busy.engine, r.busy.baseline),
    ] : []),
    ...(r.busyGroup ? [`${versus('busy, one group: engine (meet 2) vs baseline', r.busyGroup.engine, r.busyGroup.baseline)} (target ≥ 10× both)`,
      ...ofBare('busy, one group: bare', r.busyGroup.bare, r.busyGroup.engine, r.busyGroup.baseline)] : []),
    `best for the control: meet every ${best.meetEvery} (targets: ≥ 20× baseline iterations/s, ≥ 100× baseline violations/s, ≥ 200,000 iterations/s, minority ≥ 30 %)`,
  ].join('\n');
};

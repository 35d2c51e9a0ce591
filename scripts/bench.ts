// `npm run bench -- --interp P [--seconds N] [--reps N] [--seeds N]`: the engine against pytest-run-parallel's barrier
// model, against the raw operation rate, against the stress loop before issue 10 and beside the bare operation
// with the engine's meetings, on a quiet and on a busy machine (one CPU-bound process beside), in one run, as
// ratios; then the time to a finding for every planted bug of the self-test suite. With `--scale [--threads
// 2,4,8]`: only how the baseline and the engine scale with the number of threads (by default powers of two up to
// the usable CPUs). No timed assertions anywhere.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { benchFigures, type Figures, type Measured } from '../src/bench/benchFigures.ts';
import { interpWithHogInGroup, startCpuHog } from '../src/bench/cpuHog.ts';
import { contenders, incrementControl, setdefaultRace } from '../src/bench/contenders.ts';
import { formatScaling, scalingThreads, type ScalingRow } from '../src/bench/formatScaling.ts';
import { formatBench, type Pair } from '../src/bench/formatBench.ts';
import { formatPlanted } from '../src/bench/formatPlanted.ts';
import { formatControlled, type ControlledRow } from '../src/bench/formatControlled.ts';
import { controlledSuite } from '../suites/controlled.suite.ts';
import { scenarioArb } from '../generators/scenario.ts';
import fc from 'fast-check';
import { formatKinds, type KindRow } from '../src/bench/formatKinds.ts';
import { medianFigures, medianPair } from '../src/bench/medianPair.ts';
import { timePlanted, type PlantedTiming } from '../src/bench/timePlanted.ts';
import { PROFILES } from '../src/engine/profile.ts';
import { plantedBugProperties } from '../suites/selftest.suite.ts';
import { renderBarrierBaseline, renderBare, renderRawRate } from '../src/bench/renderBench.ts';
import { resolveOptions } from '../src/options/defaults.ts';
import { resolveInterps } from '../src/interp/resolveInterps.ts';
import { stderrProgress } from '../src/interp/progress.ts';
import { interpLabel, type InterpInfo } from '../src/results/interpInfo.ts';
import { DEFAULT_PROGRAM, renderProgram } from '../src/render/renderProgram.ts';
import { runProgram } from '../src/run/runProgram.ts';
import { writeProgram } from '../src/run/writeProgram.ts';
import type { Scenario } from '../src/scenario/scenario.ts';
import { enumerateOutcomes } from '../src/oracle/enumerateOutcomes.ts';
import { expectationsOf } from '../src/oracle/expectations.ts';
import { gradeOutcome } from '../src/oracle/gradeOutcome.ts';
import { serialOutcomes } from '../src/oracle/serialOutcomes.ts';
import { planOf } from '../src/oracle/plan.ts';

const usage = 'usage: npm run bench -- [--interp PATH] [--seconds N] [--reps N] [--seeds N] [--scale [--threads 2,4,8]]';
const args = process.argv.slice(2);
let interpPath: string | undefined;
let seconds = 2;
// Times the variants compared by the targets are measured, interleaved (the machine's load varies).
let reps = 3;
// Seeds per planted bug (0: skip the time to a finding).
let seeds = 3;
let scale = false;
let threadCounts: number[] | undefined;
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s, 2);
  const value = () => inline ?? args[++i];
  if (flag === '--interp') interpPath = value();
  else if (flag === '--seconds') seconds = Number(value());
  else if (flag === '--seeds') seeds = Number(value());
  else if (flag === '--reps') reps = Number(value());
  else if (flag === '--scale') scale = true;
  else if (flag === '--threads') threadCounts = String(value() ?? '').split(',').map(Number);
  else { console.error(`ftconform bench: unknown flag '${args[i]}' (${usage})`); process.exit(2); }
}
if (!interpPath && args.includes('--interp')) { console.error(`ftconform bench: --interp needs a path (${usage})`); process.exit(2); }
if (!(seconds > 0)) { console.error(`ftconform bench: --seconds must be a positive number (${usage})`); process.exit(2); }
if (!(Number.isInteger(reps) && reps >= 1)) { console.error(`ftconform bench: --reps must be a whole number ≥ 1 (${usage})`); process.exit(2); }
if (!(Number.isInteger(seeds) && seeds >= 0)) { console.error(`ftconform bench: --seeds must be a whole number (${usage})`); process.exit(2); }
if (threadCounts && !scale) { console.error(`ftconform bench: --threads needs --scale (${usage})`); process.exit(2); }
if (threadCounts && !threadCounts.every((t) => Number.isInteger(t) && t >= 2 && t <= 64)) {
  console.error(`ftconform bench: --threads takes whole numbers from 2 to 64, comma-separated (${usage})`); process.exit(2);
}

const pair = (op: string, a: unknown[], b: unknown[]): Scenario => contenders(op, (t) => (t === 0 ? a : b) as never, 2);
const race = setdefaultRace(2);
const control = incrementControl(2);

// Every bench program prints one result record; the runner runs it like any stress program.
const measure = async (interp: InterpInfo, source: string): Promise<Measured> => {
  const file = await writeProgram(source);
  try {
    const run = await runProgram({ interp, file, timeoutMs: seconds * 10_000 + 60_000 });
    if (run.status !== 'ok' || !run.records[0]) throw new Error(`bench program failed: ${run.message}`);
    return run.records[0] as unknown as Measured;
  } finally {
    await rm(dirname(file), { recursive: true, force: true });
  }
};

const engine = async (interp: InterpInfo, s: Scenario, meetEvery: number, loop: 'workers' | 'main-round' = 'workers') => {
  const m = await measure(interp, renderProgram([{ id: 'b', scenario: s, budgetS: seconds, maxRuns: 1e12, seed: 1 }],
    { ...DEFAULT_PROGRAM, meetEvery, loop }));
  return benchFigures(s, m);
};
const barrier = async (interp: InterpInfo): Promise<Pair> => ({
  race: benchFigures(race, await measure(interp, renderBarrierBaseline(race, seconds))),
  control: benchFigures(control, await measure(interp, renderBarrierBaseline(control, seconds))),
});
const loop = async (interp: InterpInfo, meetEvery: number, which: 'workers' | 'main-round' = 'workers'): Promise<Pair> =>
  ({ race: await engine(interp, race, meetEvery, which), control: await engine(interp, control, meetEvery, which) });
// The race's operation alone with the engine's meetings (every 2): what the interpreter allows at that contention.
const bare = async (interp: InterpInfo): Promise<Figures> => benchFigures(race, await measure(interp, renderBare(race, seconds, 2)));
// The controlled suite's properties: CONTROLLED_SCENARIOS drawn scenarios each (seed 1), run controlled for `seconds`
// in all, then the same scenarios without control (the stress loop) for as long, in the same bench run.
const CONTROLLED_SCENARIOS = 6;
const controlledRows = async (interp: InterpInfo): Promise<ControlledRow[]> => {
  const rows: ControlledRow[] = [];
  for (const p of controlledSuite) {
    const drawn = fc.sample(scenarioArb(p.shape), { seed: 1, numRuns: CONTROLLED_SCENARIOS });
    const run = async (scenarios: readonly Scenario[]) => {
      const items = scenarios.map((scenario, i) => ({ id: `s${i}`, scenario, budgetS: seconds / scenarios.length, maxRuns: 1e12, seed: i }));
      const file = await writeProgram(renderProgram(items));
      try {
        const r = await runProgram({ interp, file, timeoutMs: seconds * 10_000 + 60_000 });
        if (r.status !== 'ok') throw new Error(`bench program failed: ${r.message}`);
        return r.records as unknown as readonly (Measured & { explored?: { exhaustive: number; complete: boolean; pct: number } })[];
      } finally {
        await rm(dirname(file), { recursive: true, force: true });
      }
    };
    const controlled = await run(drawn);
    const stressed = await run(drawn.map(({ control: _control, ...s }) => s));
    const sum = (xs: readonly { runs: number; seconds: number }[], k: 'runs' | 'seconds') => xs.reduce((a, x) => a + x[k], 0);
    rows.push({ property: p.name, scenarios: drawn.length, schedules: sum(controlled, 'runs'), seconds: sum(controlled, 'seconds'),
      walked: controlled.reduce((a, x) => a + (x.explored?.exhaustive ?? 0), 0),
      complete: controlled.filter((x) => x.explored?.complete).length,
      pct: controlled.reduce((a, x) => a + (x.explored?.pct ?? 0), 0),
      stressRuns: sum(stressed, 'runs'), stressSeconds: sum(stressed, 'seconds') });
  }
  return rows;
};

// The baseline, the loop before issue 10, the engine (meet every 2) and the bare loop, each measured `reps` times in turn.
const compared = async (interp: InterpInfo) => {
  const runs = { baseline: [] as Pair[], before: [] as Pair[], engine: [] as Pair[], bare: [] as Figures[] };
  for (let i = 0; i < reps; i++) {
    runs.baseline.push(await barrier(interp));
    runs.before.push(await loop(interp, 2, 'main-round'));
    runs.engine.push(await loop(interp, 2));
    runs.bare.push(await bare(interp));
  }
  return { baseline: medianPair(runs.baseline), before: medianPair(runs.before), engine: medianPair(runs.engine),
    bare: medianFigures(runs.bare) };
};

// The oracle's cost, 3 threads × 4 operations each (34 650 interleavings of whole operations, far more of
// their steps): every outcome of a dict scenario enumerated; and grading outcomes of a list scenario whose
// staged writers and per-slot scans make its full outcome set too large to list.
const c = (op: string, ...args: unknown[]) => ({ op, args: args as never });
const DICT_3X4: Scenario = { container: 'dict', initial: [[0, 5]] as never, lock: 'none', threads: [0, 1, 2].map((t) =>
  [0, 1, 2, 3].map((i) => {
    const op = ['dict.setdefault', 'dict.rmw-increment', 'dict.pop-default', 'dict.get'][(t + i) % 4];
    return c(op, ...(op === 'dict.setdefault' ? [i % 2, t * 10 + i] : op === 'dict.pop-default' ? [i % 2, 9] : [i % 2]));
  })) };
const LIST_3X4: Scenario = { container: 'list', initial: [1, 2, 3] as never, lock: 'none', threads: [
  [c('list.insert', 0, 1), c('list.sort'), c('list.contains', 1), c('list.pop-index', 0)],
  [c('list.append', 2), c('list.getitem', -1), c('list.reverse'), c('list.count', 2)],
  [c('list.extend', [3, 4]), c('list.len'), c('list.iterate'), c('list.remove', 2)],
] };
// The input kinds of issue 9 on the same race (two threads d.setdefault one key): what each costs per
// iteration against small int keys. The model writes a run-time int as >= 1000, a run-time str with '~', a
// tuple as ['t', i], the colliding keys as {k} (Python __eq__) and {y} (an __eq__ that sleeps(0)). 'resize':
// a dict of 18 items that one thread grows by 12 keys while the other reads one that stays.
const KINDS: readonly (readonly [string, Scenario])[] = [
  ['int', race],
  ['mortal', pair('dict.setdefault', [1001, 1002], [1001, 1003])],
  ['fresh-str', pair('dict.setdefault', ['~k1', 10], ['~k1', 20])],
  ['tuple', pair('dict.setdefault', [['t', 1], 10], [['t', 1], 20])],
  ['collide', { ...pair('dict.setdefault', [{ k: 1 }, 10], [{ k: 1 }, 20]), initial: [[{ k: 0 }, 0], [{ k: 2 }, 0]] as never }],
  ['yield-eq', { ...pair('dict.setdefault', [{ y: 1 }, 10], [{ y: 1 }, 20]), initial: [[{ y: 0 }, 0], [{ y: 2 }, 0]] as never }],
  ['resize (18 items + 12)', { container: 'dict', lock: 'none',
    initial: Array.from({ length: 18 }, (_, i) => [i, 0]) as never,
    threads: [[c('dict.update', { d: Array.from({ length: 12 }, (_, i) => [18 + i, 1]) })], [c('dict.getitem', 5)]] }],
];

const ms = <T>(f: () => T): [T, number] => { const t0 = performance.now(); const r = f(); return [r, performance.now() - t0]; };

const oracleCost = (): string[] => {
  const plan = planOf(DICT_3X4, '3.13.15');
  const enumerate = () => [enumerateOutcomes(plan, 'atomic'), enumerateOutcomes(plan, 'split'), serialOutcomes(plan)] as const;
  const [, cold] = ms(enumerate);
  const [[, split], warm] = ms(enumerate);
  // Grading: the serial outcomes of the list scenario (reachable) and the same with a result changed (not).
  const list = planOf(LIST_3X4, '3.13.15');
  const serial = [...serialOutcomes(list)];
  const wrong = serial.map((o) => o.replace(/^\[\[null,/, '[[7,'));
  const [grades, gradeMs] = ms(() => { const e = expectationsOf(list); return [...serial, ...wrong].map((o) => gradeOutcome(e, o).expect); });
  return [
    `oracle: dict, 3 threads × 4 ops: all ${split.outcomes.size} outcomes enumerated (atomic + split + serial) in `
      + `${warm.toFixed(0)} ms (first call, JIT cold: ${cold.toFixed(0)} ms; target < 200 ms)`,
    `oracle: list with staged writers and scans, 3 threads × 4 ops: ${grades.length} outcomes graded in ${gradeMs.toFixed(0)} ms `
      + `(${(gradeMs / grades.length).toFixed(1)} ms each; ${grades.filter((g) => g === 'FORBIDDEN').length} FORBIDDEN)`,
  ];
};

// Baseline and engine (meet every 2) on the race and the control, with each number of threads in turn.
const scaling = async (interp: InterpInfo): Promise<string> => {
  const rows: ScalingRow[] = [];
  for (const threads of threadCounts ?? scalingThreads(interp.cpus)) {
    const [r, c] = [setdefaultRace(threads), incrementControl(threads)];
    const program = (s: Scenario) => renderProgram([{ id: 'b', scenario: s, budgetS: seconds, maxRuns: 1e12, seed: 1 }], DEFAULT_PROGRAM);
    rows.push({ threads,
      baseline: { race: await measure(interp, renderBarrierBaseline(r, seconds)), control: await measure(interp, renderBarrierBaseline(c, seconds)) },
      engine: { race: await measure(interp, program(r)), control: await measure(interp, program(c)) } });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return formatScaling(rows, interp.cpus);
};

try {
  const options = resolveOptions({ interps: interpPath ? [interpPath] : [] });
  const [interp] = await resolveInterps(options, stderrProgress());
  if (scale) {
    console.log(`ftconform bench --scale on ${interpLabel(interp)} (${seconds} s per measurement)\n${await scaling(interp)}`);
    process.exit(0);
  }
  const raw = benchFigures(race, await measure(interp, renderRawRate(race, seconds)));
  const quiet = await compared(interp);
  const { baseline, before } = quiet;
  const rows = [];
  for (const meetEvery of [1, 2, 4, 8]) rows.push({ meetEvery, ...(meetEvery === 2 ? quiet.engine : await loop(interp, meetEvery)) });
  const stopHog = startCpuHog();
  let busy;
  try {
    busy = await compared(interp);
  } finally {
    stopHog();
  }
  // The same CPU-bound process, but in each program's own scheduling group (see interpWithHogInGroup).
  const hogged = await interpWithHogInGroup(interp);
  const busyGroup = { baseline: [] as Pair[], engine: [] as Pair[], bare: [] as Figures[] };
  try {
    for (let i = 0; i < reps; i++) {
      busyGroup.baseline.push(await barrier(hogged.interp));
      busyGroup.engine.push(await loop(hogged.interp, 2));
      busyGroup.bare.push(await bare(hogged.interp));
    }
  } finally {
    await hogged.dispose();
  }
  console.log(formatBench({ interp: interpLabel(interp), seconds, raw, engine: rows, before, baseline, bare: quiet.bare, busy,
    busyGroup: { baseline: medianPair(busyGroup.baseline), engine: medianPair(busyGroup.engine), bare: medianFigures(busyGroup.bare) } }));
  const kinds: KindRow[] = [];
  for (const [kind, s] of KINDS) kinds.push({ kind, figures: await engine(interp, s, 2) });
  console.log(`\n${formatKinds(kinds)}\n`);
  for (const line of oracleCost()) console.log(line);
  if (seeds > 0) {
    // As a user's run would find them: the quick profile, shrinking and confirmation included.
    const timings: PlantedTiming[] = [];
    for (const planted of plantedBugProperties) {
      for (let seed = 1; seed <= seeds; seed++) timings.push(await timePlanted(interp, planted, seed, PROFILES.quick));
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    console.log(`\n${formatPlanted(timings, 'quick')}`);
  }
  console.log(`\n${formatControlled(await controlledRows(interp))}`);
} catch (err) {
  console.error(`ftconform bench: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  process.exit(err && typeof err === 'object' && 'exitCode' in err ? Number((err as { exitCode: number }).exitCode) : 1);
}

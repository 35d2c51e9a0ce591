// `npm run bench:tsan -- --interp PLAIN --interp TSAN [--seconds N]`: what ThreadSanitizer costs, measured in
// one run on the same programs: interpreter start-up, the engine's iterations per second on a dict, a list
// and a set scenario, and the wall time of one quick-profile program (6 scenarios × 0.25 s), as ratios.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { execa } from 'execa';
import { formatTsanBench, type TsanBenchRow } from '../src/bench/formatTsanBench.ts';
import { resolveOptions } from '../src/options/defaults.ts';
import { resolveInterps } from '../src/interp/resolveInterps.ts';
import { stderrProgress } from '../src/interp/progress.ts';
import { interpLabel, type InterpInfo } from '../src/results/interpInfo.ts';
import { DEFAULT_PROGRAM, renderProgram } from '../src/render/renderProgram.ts';
import type { ProgramItem } from '../src/render/scenarioView.ts';
import { runProgram } from '../src/run/runProgram.ts';
import { writeProgram } from '../src/run/writeProgram.ts';
import type { Scenario } from '../src/scenario/scenario.ts';
import { tsanEnv } from '../src/tsan/tsanEnv.ts';
import { tsanProgram } from '../src/tsan/tsanProgram.ts';

const usage = 'usage: npm run bench:tsan -- --interp PLAIN --interp TSAN [--seconds N]';
const args = process.argv.slice(2);
const paths: string[] = [];
let seconds = 3;
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s, 2);
  const value = () => inline ?? args[++i];
  if (flag === '--interp') paths.push(value());
  else if (flag === '--seconds') seconds = Number(value());
  else { console.error(`ftconform bench:tsan: unknown flag '${args[i]}' (${usage})`); process.exit(2); }
}
if (paths.length !== 2 || !(seconds > 0)) { console.error(`ftconform bench:tsan: ${usage}`); process.exit(2); }

const call = (op: string, ...a: unknown[]) => ({ op, args: a as never });
const scenarios: readonly [string, Scenario][] = [
  ['dict: setdefault ∥ setdefault', { container: 'dict', initial: [], lock: 'none', threads: [[call('dict.setdefault', 1, 10)], [call('dict.setdefault', 1, 20)]] }],
  ['list: append+pop ∥ getitem', { container: 'list', initial: [0] as never, lock: 'none', threads: [[call('list.append', 1), call('list.pop')], [call('list.getitem', 0)]] }],
  ['set: add ∥ discard', { container: 'set', initial: [] as never, lock: 'none', threads: [[call('set.add', 1)], [call('set.discard', 1)]] }],
];

const runItems = async (interp: InterpInfo, items: readonly ProgramItem[]) => {
  const file = await writeProgram(renderProgram(items, interp.tsan ? tsanProgram() : DEFAULT_PROGRAM));
  try {
    const run = await runProgram({ interp, file, timeoutMs: 600_000 });
    if (run.status !== 'ok') throw new Error(`bench program failed on ${interp.path}: ${run.message}`);
    return run;
  } finally {
    await rm(dirname(file), { recursive: true, force: true });
  }
};

const startup = async (interp: InterpInfo): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await execa(interp.path, ['-c', 'pass'], { env: { ...tsanEnv(interp), ...interp.env } });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2] / 1000;
};

try {
  const interps = await resolveInterps(resolveOptions({ interps: paths }), stderrProgress());
  const [plain, tsan] = interps;
  if (plain.tsan || !tsan.tsan) throw new Error('give the plain build first, then the ThreadSanitizer build');
  const rows: TsanBenchRow[] = [{ what: 'start-up (python -c pass), s', plain: await startup(plain), tsan: await startup(tsan), higherIsBetter: false }];
  for (const [name, s] of scenarios) {
    const rate = async (i: InterpInfo) => {
      const run = await runItems(i, [{ id: 'b', scenario: s, budgetS: seconds, maxRuns: 1e12, seed: 1 }]);
      const r = run.records[0] as unknown as { runs: number; seconds: number };
      return r.runs / r.seconds;
    };
    rows.push({ what: `${name}, iterations/s`, plain: await rate(plain), tsan: await rate(tsan), higherIsBetter: true });
  }
  const quick = async (i: InterpInfo) => {
    const items = Array.from({ length: 6 }, (_, k) => ({ id: `s${k}`, scenario: scenarios[k % 3][1], budgetS: 0.25, maxRuns: 1e12, seed: k }));
    return (await runItems(i, items)).durationMs / 1000;
  };
  rows.push({ what: 'one quick program (6 scenarios × 0.25 s), wall s', plain: await quick(plain), tsan: await quick(tsan), higherIsBetter: false });
  console.log(formatTsanBench(interpLabel(plain), interpLabel(tsan), seconds, rows));
} catch (err) {
  console.error(`ftconform bench:tsan: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  process.exit(err && typeof err === 'object' && 'exitCode' in err ? Number((err as { exitCode: number }).exitCode) : 1);
}

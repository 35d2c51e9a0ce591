// `npm test -- [flags]`: vitest cannot take our flags (`vitest run --interp X` is an unknown option),
// so this wrapper parses them, type-checks, resolves interpreters and hands both to the suites via
// FTCONFORM_CONFIG; afterwards it writes the JUnit and HTML reports from every recorded case.
import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describeError } from '../src/cli/describeError.ts';
import { finishRun } from '../src/orchestration/finishRun.ts';
import { testedSuites } from '../src/orchestration/defineSuite.ts';
import { endResults, resultsFile } from '../src/engine/resultsFile.ts';
import { formatShard } from '../src/results/shard.ts';
import { ensureTestTools } from '../src/system/ensureTestTools.ts';
import { allSuites } from '../suites/allSuites.ts';
import { EXIT } from '../src/engine/runExitCode.ts';
import { stderrProgress } from '../src/interp/progress.ts';
import { withoutRuntimeEnv } from '../src/interp/runtimeEnv.ts';
import { runInterps } from '../src/orchestration/runInterps.ts';
import { checkOutputs } from '../src/options/checkOutputs.ts';
import { checkSelection } from '../src/options/checkSelection.ts';
import { parseArgs } from '../src/options/parseArgs.ts';
import { UsageError } from '../src/options/usageError.ts';
import { commandUsage } from '../src/cli/usage.ts';
import { namedSuites } from '../suites/namedSuites.ts';
import { CONFIG_ENV } from '../src/orchestration/suiteConfig.ts';
import { suiteFilters, suiteNames } from '../src/options/suiteFiles.ts';
import { planRun, startRun } from '../src/orchestration/planRun.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => `${root}node_modules/.bin/${name}`;

/** Sends `signal` to the process group led by `pid`, if it is still there. */
const signalGroup = (pid: number | undefined, signal: NodeJS.Signals | 0): boolean => {
  if (pid === undefined) return false;
  try {
    return process.kill(-pid, signal);
  } catch {
    return false; // ESRCH: every process of the group has ended
  }
};

/** Waits until no process of the group led by `pid` is left, at most `timeoutMs`. */
const groupGone = async (pid: number | undefined, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (signalGroup(pid, 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

/** vitest's totals as one plain closing line, 'tests: N passed, N failed' (CI systems read it). */
interface TestCounts { readonly numPassedTests: number; readonly numFailedTests: number; readonly numPendingTests: number }

const readTestCounts = async (file: string): Promise<TestCounts | undefined> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as TestCounts;
  } catch {
    return undefined;
  }
};

const formatTestCounts = (r: TestCounts | undefined): string =>
  r ? `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}\n` : '';

const main = async (): Promise<number> => {
  const { command, options } = parseArgs(process.argv.slice(2));
  if (command === 'help') {
    process.stdout.write(commandUsage('test'));
    return 0;
  }
  const filters = suiteFilters(options.suites, suiteNames(`${root}suites`));
  // --property names a conformance suite's property: a misspelt one is refused before the type check.
  if (options.property !== undefined) {
    const withProperties = options.suites.filter((s) => namedSuites[s] !== undefined);
    if (options.suites.length > 0 && withProperties.length === 0) {
      throw new UsageError(`--property picks a property of a conformance suite; ${options.suites.join(', ')} has none`);
    }
    checkSelection({ suites: withProperties, property: options.property }, namedSuites, Object.keys(allSuites));
  }
  checkOutputs(options);
  const progress = stderrProgress();
  // A bad --interp is refused at once; building one (minutes) waits until the types are known to be fine.
  const given = options.interps.length > 0 ? await runInterps(options, progress) : undefined;

  // The tool's own tests render the HTML report in Chromium and validate the JUnit with xmllint: a fresh
  // machine gets them here (as root), like the interpreter, instead of a red run.
  if (filters.length === 0 && (options.shard === undefined || options.shard.index === 1)) await ensureTestTools(progress);

  progress('type check: tsc --noEmit');
  const tsc = await execa(bin('tsc'), ['--noEmit'], { cwd: root, stdio: 'inherit', reject: false });
  if (tsc.exitCode !== 0) {
    process.stderr.write('npm test: type check failed (tsc --noEmit)\n');
    return 1;
  }

  const interps = given ?? (await runInterps(options, progress));
  // One seed for every suite of this run, printed in every replay command.
  const seed = options.seed;
  const startedAt = new Date();
  const suites = testedSuites(options.suites);
  const run = planRun(options, allSuites, suites, interps);
  const { plan } = run;
  await startRun(options, run, suites, interps, startedAt);
  if (options.shard) {
    // A shard runs the suites with work in it; the tool's own tests (and the non-conformance suites)
    // run once, on shard 1.
    const withWork = suites.filter((n) => allSuites[n].some((p) => interps.some((_, k) => plan.select(k, p).run)));
    const picked = filters.length > 0 ? filters.filter((f) => withWork.some((n) => f === `suites/${n}.test.ts`))
      : [...withWork.map((n) => `suites/${n}.test.ts`), ...(options.shard.index === 1 ? [`${root}test/`, ...suiteNames(`${root}suites`).filter((n) => !allSuites[n]).map((n) => `suites/${n}.test.ts`)] : [])];
    if (picked.length === 0) {
      // Ended cleanly, so that merging it does not mark the run interrupted.
      await endResults(resultsFile(options.reportsDir), { finishedAt: new Date().toISOString(), interrupted: false, cases: 0 });
      process.stdout.write(`npm test: shard ${formatShard(options.shard)}: no work units fell to this shard\n`);
      return 0;
    }
    filters.splice(0, filters.length, ...picked);
  }
  progress(`vitest run (seed ${seed}, profile ${plan.profile.name}${options.shard ? `, shard ${formatShard(options.shard)}` : ''}${filters.length ? `, ${filters.join(' ')}` : ''})`);
  const counts = `${options.reportsDir}/vitest.json`;
  const vitest = execa(bin('vitest'), ['run', ...filters, '--reporter=default', '--reporter=json', `--outputFile.json=${counts}`], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Its own process group, so that a signal reaches its workers too: on SIGINT/SIGTERM vitest itself
    // exits at once, leaving a worker that keeps running suites (and recording cases) after the reports.
    detached: true,
    reject: false,
    // PYTHON_GIL and the like travel in each interpreter's env, not in the tests' own environment.
    extendEnv: false,
    env: { ...withoutRuntimeEnv(process.env), [CONFIG_ENV]: JSON.stringify({ options: { ...options, seed }, interps }),
      FTCONFORM_SEED: String(seed) },
  });
  // Ctrl-C and CI cancellation reach vitest and its workers, which kill their Python programs
  // (src/run/killGroup.ts); the reports are still written below with what finished, marked interrupted.
  let interrupted = false;
  const forward = (signal: NodeJS.Signals) => () => { interrupted = true; signalGroup(vitest.pid, signal); };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  // Detached, vitest no longer gets the terminal's hangup itself.
  process.on('SIGHUP', forward('SIGTERM'));
  const r = await vitest;
  // Workers outlive vitest by a moment; one still recording a case would be missing from the reports.
  // Bounded: a dead worker stays in the group until init reaps it, and some containers' init never does.
  if (interrupted) await groupGone(vitest.pid, 1000);
  const { summary, summaryText, exitCode } = await finishRun({ ...options, seed }, interps, startedAt, interrupted);
  const tests = await readTestCounts(counts);
  // Suites without conformance cases (known issues' reproducers, the TSAN suite) are judged by their tests.
  const testsOnly = summary.cases.length === 0 && !interrupted && (tests?.numPassedTests ?? 0) > 0;
  const shown = testsOnly ? summaryText.replace(/^verdict: NO CASES RUN$/m, 'verdict: no conformance cases in these suites: their tests decide') : summaryText;
  process.stdout.write(`\n${shown}\n${formatTestCounts(tests)}`);
  if (interrupted || r.signal) return r.signal ? 128 + (constants.signals[r.signal] ?? 1) : EXIT.interrupted;
  // vitest failing (a finding, or a unit test) wins; otherwise an inconclusive run is not a pass.
  if (r.exitCode !== 0) return r.exitCode ?? 1;
  // No case run is no reason to fail suites of tests only; with no test either, nothing was checked.
  if (summary.cases.length === 0 && !interrupted) return testsOnly ? EXIT.pass : EXIT.inconclusive;
  return exitCode;
};

try {
  process.exitCode = await main();
} catch (e) {
  const { line, exitCode } = describeError(e);
  process.stderr.write(`npm test: ${line}\n`);
  process.exitCode = exitCode;
}

import { writeFile } from 'node:fs/promises';
import type { Operation } from '../catalogue/operation.ts';
import type { Expectations } from '../oracle/expectations.ts';
import { blameOutcome } from '../oracle/gradeOutcome.ts';
import { renderShortReproducer } from '../render/renderShortReproducer.ts';
import { scenarioLines } from '../render/scenarioLines.ts';
import { groupNumbers } from '../report/format/groupNumbers.ts';
import { issueDraft, type ReproducerRun } from '../report/issueDraft/issueDraft.ts';
import type { CaseResult } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { ProgramRun } from '../run/programRun.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { gilTwin } from './gilTwin.ts';
import type { PropertyContext } from './propertyContext.ts';
import { toolVersion } from './toolVersion.ts';

/** '3.13.15t' (or '3.13.15t TSAN'): the interpreter in a title. */
const versionLabel = (i: InterpInfo): string => `${i.version}${i.freeThreaded ? 't' : ''}${i.tsan ? ' TSAN' : ''}`;

/**
 * Seconds each run of the draft's reproducer gets (without the GIL, then with PYTHON_GIL=1): as long as the
 * confirmation runs took together, at least 2 s (quick 2 s, default 5 s, soak 20 s).
 */
const draftRunSeconds = (ctx: PropertyContext): number => Math.max(2, ctx.profile.secondsPerScenario * ctx.profile.confirmRuns);

export interface DraftFacts {
  readonly result: CaseResult;
  readonly scenario: Scenario;
  readonly expectations: Expectations;
  /** The forbidden outcomes seen (canonical JSON), for the short reproducer to look for. */
  readonly forbidden: readonly string[];
  /** The full reproducer just written, and its source. */
  readonly reproducer: { readonly file: string; readonly source: string };
  readonly confirmed: { readonly hits: number; readonly tries: number };
}

/** The operations whose C code the draft names: the one blamed for the first forbidden outcome, else every one with a model. */
const modelledOps = (f: DraftFacts): Operation[] => {
  const plan = f.expectations.plan;
  const first = f.result.histogram.find((g) => g.expect === 'FORBIDDEN');
  const blamed = first ? blameOutcome(f.expectations, first.outcome).blamed : undefined;
  const ops = blamed ? [plan.threads[blamed[0]][blamed[1]].op] : plan.threads.flat().map((p) => p.op);
  const withModel = ops.filter((op) => op.model !== undefined);
  return (withModel.length > 0 ? withModel : plan.threads.flat().map((p) => p.op).filter((op) => op.model !== undefined))
    .filter((op, i, all) => all.findIndex((o) => o.id === op.id) === i);
};

/** How a run of a reproducer ended, one line: its own summary, or the signal or watchdog that ended it. */
const runSummary = (run: ProgramRun, short: boolean): string => {
  if (run.signal) return `killed by ${run.signal}`;
  if (run.status === 'hang') return run.message;
  const printed = short ? run.malformed.at(-1) : run.malformed[0];
  return groupNumbers((printed ?? run.message).trim().replace(/:$/, ''));
};

/** A run shows the finding when it exits 1 (a forbidden outcome, or the race again) or dies of a signal or hangs. */
const reproducedBy = (run: ProgramRun): boolean => run.exitCode === 1 || run.signal !== undefined || run.status === 'hang';

const runReproducer = async (ctx: PropertyContext, interp: InterpInfo, file: string, short: boolean): Promise<ReproducerRun> => {
  const seconds = draftRunSeconds(ctx);
  const run = await ctx.pool.run({ interp, file, args: [String(seconds)], timeoutMs: (seconds * 3 + 60) * 1000 });
  return { interp: versionLabel(ctx.interp), gil: interp.gilEnabled, reproduced: reproducedBy(run), summary: runSummary(run, short) };
};

/**
 * Writes an upstream issue draft next to the reproducer (<reproducer>.issue.md), and beside it the short
 * reproducer it inlines when the scenario allows one (<reproducer>.short.py). The draft's reproducer runs
 * twice on the finding's interpreter, once as it is and once with PYTHON_GIL=1 (the full reproducer's own
 * hit rate is the confirmation's, so it runs only with the GIL). Returns the draft's path.
 */
export const writeIssueDraft = async (f: DraftFacts, ctx: PropertyContext): Promise<string> => {
  const { result, scenario } = f;
  const stem = f.reproducer.file.replace(/\.py$/, '');
  const title = `Free-threaded ${versionLabel(ctx.interp)}: ${result.property} (${result.status})`;
  const short = result.status === 'raced' ? undefined : renderShortReproducer({
    scenario, forbidden: f.forbidden, title,
    headerLines: [`Found by ftconform on ${versionLabel(ctx.interp)}: ${result.message}`], defaultSeconds: 10,
  });
  const script = short === undefined ? f.reproducer : { file: `${stem}.short.py`, source: short };
  if (short !== undefined) await writeFile(script.file, short);
  const runs: ReproducerRun[] = [];
  if (!ctx.pool.signal.aborted && short !== undefined) runs.push(await runReproducer(ctx, ctx.interp, script.file, true));
  if (!ctx.pool.signal.aborted) runs.push(await runReproducer(ctx, gilTwin(ctx.interp), script.file, short !== undefined));
  const text = issueDraft({
    title,
    finding: result.message,
    interps: [{ label: versionLabel(ctx.interp), build: `${ctx.interp.build}, ${ctx.interp.path}` }],
    ...(result.broken ? { guarantee: result.broken } : {}),
    cFunctions: modelledOps(f).map((op) => ({ op: op.label, model: op.model! })),
    scenario: scenarioLines(scenario),
    reproducer: script,
    confirmed: { ...f.confirmed, seconds: ctx.profile.secondsPerScenario, interp: versionLabel(ctx.interp) },
    runs,
    foundBy: `ftconform (${result.suite} suite), seed ${result.seed}, path ${result.path}: \`${result.replay}\``,
    tool: toolVersion(),
  });
  const file = `${stem}.issue.md`;
  await writeFile(file, text);
  return file;
};

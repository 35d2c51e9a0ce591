import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { enumerateOutcomes } from '../oracle/enumerateOutcomes.ts';
import { expectationsOf } from '../oracle/expectations.ts';
import { planOf } from '../oracle/plan.ts';
import { renderReproducer } from '../render/renderReproducer.ts';
import { scenarioLines } from '../render/scenarioLines.ts';
import { raceReproducer } from './raceReproducer.ts';
import { dataRaces } from '../tsan/dataRaces.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { CaseResult } from '../results/caseResult.ts';
import { judgeScenario } from './judgeScenario.ts';
import type { Observation } from './observation.ts';
import type { PropertyContext } from './propertyContext.ts';
import { runScenarios } from './runScenarios.ts';
import { isFinding } from './worstStatus.ts';
import { shortId } from './scenarioKey.ts';
import { writeIssueDraft } from './writeIssueDraft.ts';

/** The reproducer's comment header: where it failed, what broke, how often, how to replay. */
const headerLines = (result: CaseResult, scenario: Scenario, ctx: PropertyContext, hits: number, tries: number): string[] => [
  `Failed on: ${ctx.interp.path} (Python ${ctx.interp.version}, ${ctx.interp.build})`,
  `GIL enabled: ${ctx.interp.gilEnabled}; usable CPUs: ${ctx.interp.cpus}`,
  `Property: ${result.suite} / ${result.property}`,
  `Finding: ${result.message}`,
  ...(result.broken ? [`Guarantee broken: "${result.broken.sentence}"`, `  (${result.broken.source}, since Python ${result.broken.since})`] : []),
  `Hit rate: reproduced ${hits} / ${tries} runs of ${ctx.profile.secondsPerScenario} s`,
  `Replay: ${result.replay}`,
  `Seed ${result.seed}, path ${result.path}`,
  'Scenario:',
  ...scenarioLines(scenario).map((l) => `  ${l}`),
];

/** The scenario with the schedule of its first forbidden outcome as its prefix, when it was controlled (pure). */
export const withSchedule = (s: Scenario, histogram: CaseResult['histogram']): Scenario => {
  const schedule = histogram.find((g) => g.expect === 'FORBIDDEN' && g.schedule)?.schedule;
  return s.control && schedule ? { ...s, control: { ...s.control, schedule: schedule.decisions } } : s;
};

/** The least time confirmation gets past the run's deadline: its first program always starts. */
export const MIN_CONFIRM_MS = 5_000;

/** Work bound on listing every allowed outcome of a reproducer. */
const REPRO_NODES = 200_000;

/**
 * Run the shrunk counterexample again to measure how often it fails ("reproduced 4 / 5 runs"), all runs
 * in one program (a crash or hang ends it; the rest then run in another), then write the standalone
 * reproducer. `watchdogS`: scaled to the measured run time, as for shrink candidates; a hang it reports
 * counts as a hit only when the finding is a hang. A data-race finding counts a run as failing when
 * ThreadSanitizer reports one of its new races again, and gets a reproducer that reruns the scenario under TSAN.
 */
export const confirmFinding = async (result: CaseResult, found: Scenario, ctx: PropertyContext, seed: number,
  watchdogS?: number): Promise<CaseResult> => {
  // A controlled finding is replayed exactly: its first forbidden outcome's schedule becomes the forced prefix.
  const scenario = withSchedule(found, result.histogram);
  const e = expectationsOf(planOf(scenario, ctx.interp.version));
  const item = (i: number) => ({ id: `c${i}`, scenario, budgetS: ctx.profile.secondsPerScenario, maxRuns: 1e12, seed: (seed + i) | 0,
    ...(watchdogS !== undefined ? { watchdogS } : {}) });
  let hits = 0, tries = 0;
  const observed = new Set<string>();
  const forbidden = new Set(result.histogram.filter((g) => g.expect === 'FORBIDDEN').map((g) => g.outcome));
  const raced = result.status === 'raced';
  const newRaces = (result.races ?? []).filter((r) => !r.known);
  const own = newRaces.filter((r) => JSON.stringify(r.scenario) === JSON.stringify(scenario));
  const wanted = new Set((own.length > 0 ? own : newRaces).map((r) => r.key));
  const items = Array.from({ length: ctx.profile.confirmRuns }, (_, i) => item(i));
  // With --budget, no program starts past the run's deadline (or MIN_CONFIRM_MS from now, if later): a crash or
  // hang ends a program, and the runs after it go in a program of their own, so a finding that crashes or hangs
  // every time would otherwise cost confirmRuns restarts or hang detections.
  const until = ctx.deadline === undefined ? undefined : Math.max(ctx.deadline, Date.now() + MIN_CONFIRM_MS);
  const skip = until === undefined ? undefined : () => Date.now() > until;
  const runs = ctx.pool.signal.aborted ? new Map<string, Observation>()
    : await runScenarios(ctx.pool, ctx.interp, items, items.length, skip ? { skip } : {});
  for (const it of items) {
    const obs = runs.get(it.id);
    if (!obs) continue;
    tries++;
    const v = judgeScenario(e, obs, 'conformance', ctx.interp);
    if (raced ? dataRaces(scenario, obs.tsanReports ?? []).some((r) => wanted.has(r.key))
      : isFinding(v.status) && (v.status !== 'hung' || watchdogS === undefined || result.status === 'hung')) hits++;
    for (const g of v.histogram) (g.expect === 'FORBIDDEN' ? forbidden : observed).add(g.outcome);
  }
  const file = join(ctx.reproDir, `${result.suite}-${shortId(result.name + JSON.stringify(scenario))}.py`);
  const header = headerLines(result, scenario, ctx, hits, tries);
  // The reproducer lists every allowed outcome when they can be listed (no windowed read, not too many);
  // else it looks for the forbidden outcomes seen.
  const all = enumerateOutcomes(planOf(scenario, ctx.interp.version), 'split', REPRO_NODES);
  const listable = !all.truncated && e.windows.length === 0;
  const source = raced ? raceReproducer(item(0), (own.length > 0 ? own : newRaces), ctx.interp, result, header) : renderReproducer({
    item: item(0),
    allowed: listable ? [...new Set([...all.outcomes, ...observed])] : [...observed],
    forbidden: listable ? undefined : [...forbidden],
    title: `${result.property} — ${result.status}`,
    defaultSeconds: 60,
    headerLines: header,
  });
  await mkdir(ctx.reproDir, { recursive: true });
  await writeFile(file, source);
  // A finding (not a known issue) gets an upstream issue draft beside its reproducer.
  const issueDraft = isFinding(result.status)
    ? await writeIssueDraft({ result, scenario, expectations: e, forbidden: [...forbidden], reproducer: { file, source }, confirmed: { hits, tries } }, ctx)
    : undefined;
  return { ...result, reproducer: file, reproduced: { hits, tries }, ...(issueDraft ? { issueDraft } : {}) };
};

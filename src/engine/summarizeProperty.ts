import { operation } from '../catalogue/catalogue.ts';
import { expectationsFrom } from '../oracle/operationFor.ts';
import type { CaseResult, CaseStatus, GilDifferential } from '../results/caseResult.ts';
import { sumExcused } from '../results/sumExcused.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { Observation } from './observation.ts';
import type { Property } from './property.ts';
import type { PropertyContext } from './propertyContext.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import { noContention } from './judgeScenario.ts';
import { shortId } from './scenarioKey.ts';
import { isFinding, worstStatus } from './worstStatus.ts';
import { mergeRaces } from '../tsan/dataRaces.ts';

/** A scenario that ran, with what it showed and how it was judged. */
export interface Tried { readonly scenario: Scenario; readonly obs: Observation; readonly verdict: ScenarioVerdict }

/**
 * One property's result from the scenarios it ran (pure): the worst status (a negative control passes
 * only if its race fired somewhere), the counterexample or the most telling scenario as representative,
 * the overlap over all runs, and the replay command.
 */
export const summarizeProperty = (prop: Property, ctx: Pick<PropertyContext, 'interp' | 'seed' | 'profile' | 'replayCommand'>,
  tried: readonly Tried[], final: Tried | undefined, path: string, gil: GilDifferential | undefined): CaseResult => {
  let status: CaseStatus = worstStatus([...tried.map((t) => t.verdict.status), ...(final ? [final.verdict.status] : [])]);
  // The scenario that shows the case's status (a known issue's, say), else the most telling one.
  const showing = status === 'passed' ? undefined : tried.find((t) => t.verdict.status === status);
  const representative = final ?? showing ?? [...tried].sort((a, b) =>
    b.verdict.interesting - a.verdict.interesting || b.verdict.histogram.length - a.verdict.histogram.length)[0];
  if (!representative) throw new Error(`property '${prop.name}': no scenario ran`);

  let message = (final ?? tried.find((t) => t.verdict.status === status) ?? representative).verdict.message;
  if (prop.kind === 'negative-control' && !isFinding(status)) {
    const fired = tried.filter((t) => t.verdict.interesting > 0).length;
    const why = noContention(ctx.interp);
    status = !why && fired > 0 ? 'passed' : 'inconclusive';
    message = why ? `${why}; the negative control proves nothing here` : fired > 0 ? `race observed in ${fired} of ${tried.length} scenarios, as expected without a lock`
      : `negative control never fired in ${tried.length} scenarios: not enough contention to mean anything`;
  }
  // The shrunk counterexample's races first: their scenario is the smallest that shows them.
  const races = mergeRaces([...(final ? [final] : []), ...tried.filter((t) => t !== final)].map((t) => t.verdict.races ?? []));
  const runs = tried.reduce((a, t) => a + t.obs.runs, 0);
  const excused = sumExcused(tried.flatMap((t) => t.verdict.excused ?? []));
  const timed = tried.reduce((a, t) => a + t.obs.timed, 0);
  const overlapped = tried.reduce((a, t) => a + t.obs.overlapped, 0);
  const interleaved = tried.reduce((a, t) => a + t.verdict.overlap.interleavedShare * t.obs.runs, 0);
  const walks = tried.flatMap((t) => (t.obs.explored ? [t.obs.explored] : []));
  const explored = walks.length === 0 ? undefined : {
    exhaustive: walks.reduce((a, x) => a + x.exhaustive, 0), pct: walks.reduce((a, x) => a + x.pct, 0), bound: walks[0].bound,
    complete: walks.every((x) => x.complete), all: walks.every((x) => x.all), scenarios: walks.length,
    completeScenarios: walks.filter((x) => x.complete).length };
  return {
    suite: prop.suite,
    property: prop.name,
    name: `${prop.suite} › ${prop.name} [${ctx.interp.version}${ctx.interp.freeThreaded ? 't' : ''}${ctx.interp.gilEnabled ? ' GIL' : ''} ${shortId(ctx.interp.path)}]`,
    interp: ctx.interp,
    scenario: representative.scenario,
    status,
    message: `${message} (${tried.length} scenarios, ${runs} runs${explored ? `: schedules, ${explored.exhaustive} walked (${explored.completeScenarios} `
      + `of ${explored.scenarios} walks complete within ${explored.bound} preemptions), ${explored.pct} PCT` : ''})`,
    runs,
    ...(explored ? { explored } : {}),
    histogram: representative.verdict.histogram,
    overlap: { timed, overlapped, interleavedShare: runs ? interleaved / runs : 0 },
    seed: ctx.seed,
    path,
    replay: ctx.replayCommand(ctx.seed, path, prop.suite, prop.name),
    profile: ctx.profile.name,
    broken: (final ?? tried.find((t) => t.verdict.known))?.verdict.broken,
    knownIssue: tried.find((t) => t.verdict.known)?.verdict.known?.url
      ?? (status === 'known' ? races.find((r) => r.known)?.known?.url : undefined),
    ...(excused.length > 0 ? { excused } : {}),
    signal: final?.obs.signal,
    traceback: final?.obs.traceback,
    ...(final?.obs.nativeStacks ? { nativeStacks: final.obs.nativeStacks } : {}),
    ...(final?.obs.stacksNote ? { stacksNote: final.obs.stacksNote } : {}),
    expectationsFrom: expectationsFrom(representative.scenario.threads.flat().map((c) => operation(c.op)), ctx.interp.version),
    durationMs: 0,
    gilDifferential: gil,
    ...(races.length > 0 ? { races } : {}),
  };
};

import type { KnownRace } from '../knownIssues/knownRace.ts';
import { matchKnownRace } from '../knownIssues/matchKnownRace.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { dataRaces } from '../tsan/dataRaces.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import type { Observation } from './observation.ts';
import { worstStatus } from './worstStatus.ts';

/**
 * Adds a scenario's ThreadSanitizer reports to its verdict (pure): each distinct race, known upstream
 * or not. A new race makes the scenario 'raced' even when every outcome was acceptable (a worse status,
 * e.g. a FORBIDDEN outcome, stays); races that are all known make it 'known'.
 */
export const judgeRaces = (version: string, known: readonly KnownRace[], scenario: Scenario, obs: Observation,
  v: ScenarioVerdict): ScenarioVerdict => {
  if (!obs.tsanReports || obs.tsanReports.length === 0) return v;
  const races = dataRaces(scenario, obs.tsanReports).map((r) => {
    const k = matchKnownRace(known, version, r);
    return k ? { ...r, known: { id: k.id, title: k.title, url: k.url } } : r;
  });
  const fresh = races.filter((r) => !r.known);
  const status = worstStatus([v.status, fresh.length > 0 ? 'raced' : 'known']);
  if (status === v.status) return { ...v, races };
  const more = (n: number) => (n > 1 ? ` (+${n - 1} more)` : '');
  const message = fresh.length > 0
    ? `ThreadSanitizer: ${fresh[0].kind} ${fresh[0].key}${more(fresh.length)}; outcomes: ${v.message}`
    : `known ${races[0].kind} ${races[0].known!.id} (${races[0].key})${more(races.length)}; outcomes: ${v.message}`;
  return { ...v, status, message, races };
};

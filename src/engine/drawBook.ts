import type { Scenario } from '../scenario/scenario.ts';
import type { Observation } from './observation.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';
import { scenarioKey } from './scenarioKey.ts';
import type { Tried } from './summarizeProperty.ts';
import { isFinding } from './worstStatus.ts';

interface Entry {
  readonly k: number;
  readonly scenario: Scenario;
  readonly obs: Observation;
  twin?: Observation;
  tried?: Tried;
}

export interface DrawBook {
  /** A draw's observation as its program ended; returns whether it was new. */
  readonly add: (k: number, scenario: Scenario, obs: Observation) => boolean;
  /** The same draw run with the GIL on (--gil-differential). */
  readonly addTwin: (k: number, obs: Observation) => void;
  /** Draw k, judged now if it was not yet. */
  readonly draw: (k: number) => Tried | undefined;
  /** The draw with this scenario key, judged now if it was not yet; undefined when no draw has it. */
  readonly lookup: (key: string) => Tried | undefined;
  /** Judges the draws, lowest first, until one shows a finding. */
  readonly judgeUntilFinding: (ks: readonly number[]) => void;
  /** The draws judged so far, in draw order. */
  readonly judged: () => Tried[];
  /** Every draw, judged, in draw order. */
  readonly all: () => { readonly tried: Tried[]; readonly drawn: number[]; readonly pairs: { off: ScenarioVerdict; on: Observation }[] };
}

/**
 * The draws of a case, judged lazily: grading every outcome of a draw can take the oracle long, and only
 * what leads to a finding is needed before shrinking (the rest is graded for the summary at the end).
 */
export const createDrawBook = (judge: (s: Scenario, o: Observation) => ScenarioVerdict, onJudged: (k: number, t: Tried) => void): DrawBook => {
  const byK = new Map<number, Entry>();
  const byKey = new Map<string, Entry>();
  const triedOf = (e: Entry): Tried => {
    if (!e.tried) {
      e.tried = { scenario: e.scenario, obs: e.obs, verdict: judge(e.scenario, e.obs) };
      onJudged(e.k, e.tried);
    }
    return e.tried;
  };
  return {
    add: (k, scenario, obs) => {
      if (byK.has(k)) return false;
      const e: Entry = { k, scenario, obs };
      byK.set(k, e);
      byKey.set(scenarioKey(scenario), e);
      return true;
    },
    addTwin: (k, obs) => { const e = byK.get(k); if (e) e.twin = obs; },
    draw: (k) => { const e = byK.get(k); return e && triedOf(e); },
    lookup: (key) => { const e = byKey.get(key); return e && triedOf(e); },
    judgeUntilFinding: (ks) => {
      for (const k of [...ks].sort((a, b) => a - b)) {
        const e = byK.get(k);
        if (e && isFinding(triedOf(e).verdict.status)) return;
      }
    },
    judged: () => [...byK.values()].sort((a, b) => a.k - b.k).flatMap((e) => (e.tried ? [e.tried] : [])),
    all: () => {
      const entries = [...byK.values()].sort((a, b) => a.k - b.k);
      const tried = entries.map(triedOf);
      return { tried, drawn: entries.map((e) => e.k),
        pairs: entries.flatMap((e) => (e.twin ? [{ off: triedOf(e).verdict, on: e.twin }] : [])) };
    },
  };
};

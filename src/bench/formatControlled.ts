import { formatTable } from '../report/format/formatTable.ts';

/** One controlled property measured by the bench: its scenarios run controlled, and the same stressed. */
export interface ControlledRow {
  readonly property: string;
  readonly scenarios: number;
  /** Schedules run, seconds they took, and how many came from the walk (and how many walks completed) and PCT. */
  readonly schedules: number;
  readonly seconds: number;
  readonly walked: number;
  readonly complete: number;
  readonly pct: number;
  /** The same scenarios without control: the stress loop's runs and seconds. */
  readonly stressRuns: number;
  readonly stressSeconds: number;
}

const rate = (n: number, s: number): number => (s > 0 ? n / s : 0);

/**
 * The controlled mode's figures (pure): per property, schedules explored per second, against the stress loop's
 * runs per second on the same scenarios in the same bench run (the ratio: how much slower one controlled
 * schedule is than one stressed run, the price of choosing each interleaving instead of hoping for it).
 */
export const formatControlled = (rows: readonly ControlledRow[]): string => [
  'controlled mode: schedules explored per second (same scenarios stressed, same run)',
  formatTable([['property', 'scenarios', 'schedules/s', 'walked (complete)', 'PCT', 'stress runs/s', 'ratio'], ...rows.map((r) => [
    r.property, String(r.scenarios), rate(r.schedules, r.seconds).toFixed(0), `${r.walked} (${r.complete}/${r.scenarios})`, String(r.pct),
    rate(r.stressRuns, r.stressSeconds).toFixed(0),
    `${(rate(r.schedules, r.seconds) / Math.max(1e-9, rate(r.stressRuns, r.stressSeconds))).toFixed(3)}×`,
  ])], { indent: '  ' }),
].join('\n');

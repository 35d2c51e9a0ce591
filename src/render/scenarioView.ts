import { operation } from '../catalogue/catalogue.ts';
import { isLocked } from '../oracle/plan.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { bindLine, freezeFunction, initialLiteral } from './initialLiteral.ts';
import { pyLiteral } from './pyLiteral.ts';

/** A scenario as it goes into a program: an id, how long to run it, and the seed of its jitter. */
export interface ProgramItem {
  readonly id: string;
  readonly scenario: Scenario;
  /** Seconds of stress for this scenario. */
  readonly budgetS: number;
  /** Stop after this many runs even if time is left. */
  readonly maxRuns: number;
  /** Seeds the program's jitter (the only randomness in it). */
  readonly seed: number;
  /**
   * Seconds before the watchdog calls the scenario hung; default well past its own budget. Shrink
   * candidates get one scaled to the measured run time (a hang must not cost each of them 30 s).
   */
  readonly watchdogS?: number;
}

/** A program's watchdog for a scenario of `budgetS` seconds, unless the item sets its own. */
export const defaultWatchdogSeconds = (budgetS: number): number => Math.ceil(budgetS * 3 + 30);

/** The watchdog's timeout for a scenario: its own, or three times its budget plus 30 s. */
export const watchdogSeconds = (item: ProgramItem): number => item.watchdogS ?? defaultWatchdogSeconds(item.budgetS);

/** What the EJS templates see for one scenario: code lines and literals, already rendered. */
export const scenarioView = (item: ProgramItem) => {
  const { scenario } = item;
  const n = scenario.threads.length;
  return {
    id: item.id,
    fn: item.id.replace(/[^A-Za-z0-9_]/g, '_'),
    initial: initialLiteral(scenario.container, scenario.initial),
    final: freezeFunction(scenario.container),
    bind: bindLine(scenario.container),
    budget: item.budgetS.toFixed(3),
    maxRuns: String(Math.max(1, Math.floor(item.maxRuns))),
    seed: String(item.seed >>> 0),
    // The watchdog only fires on a real hang: well past the scenario's own budget.
    watchdog: String(Number(watchdogSeconds(item).toFixed(3))),
    control: scenario.control && { bound: String(scenario.control.bound), schedule: `[${scenario.control.schedule.map((n) => String(Math.trunc(n))).join(', ')}]` },
    threads: scenario.threads.map((ops, t) => ({
      others: Array.from({ length: n }, (_, o) => o).filter((o) => o !== t),
      ops: ops.map((call) => {
        const op = operation(call.op);
        return { locked: isLocked(scenario, op), lines: op.python(call.args.map(pyLiteral)) };
      }),
    })),
  };
};

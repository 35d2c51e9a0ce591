import type fc from 'fast-check';
import type { CaseResult } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { Pool } from '../run/runPool.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { ScenarioShape } from '../scenario/scenarioShape.ts';
import type { ProfileSettings } from './profile.ts';

/** Everything checking a property needs from the edge. */
export interface PropertyContext {
  readonly interp: InterpInfo;
  readonly pool: Pool;
  readonly profile: ProfileSettings;
  /** The run's seed (printed in every replay command). */
  readonly seed: number;
  /** The scenarios a shape draws (generators/scenario.ts scenarioArb): the engine is handed its generator. */
  readonly arbitrary: (shape: ScenarioShape) => fc.Arbitrary<Scenario>;
  /** Replay only this fast-check path. */
  readonly path?: string;
  /** Where reproducers go (reports/repro). */
  readonly reproDir: string;
  /** The replay command of a draw (path) of the property named (see replayCommand). */
  readonly replayCommand: (seed: number, path: string, suite: string, property?: string) => string;
  /** --known off: grade as if the known-issue registry were empty (every finding stays one). Default 'on'. */
  readonly known?: 'on' | 'off';
  /** --gil-differential: the same interpreter with PYTHON_GIL=1, to run every scenario on as well. */
  readonly gilTwin?: InterpInfo;
  /** --shard: whether this machine runs the draw with this run index (default: every draw). */
  readonly inShard?: (draw: number) => boolean;
  /** Wall-clock deadline (ms since epoch) of the whole run's budget, if any. */
  readonly deadline?: number;
  /**
   * Called once, the moment a draw first shows a finding (before shrinking), with the case as it stands
   * then: the unshrunk scenario, its replay command and `firstSight`. Awaited before the case ends.
   */
  readonly onFirstSight?: (provisional: CaseResult) => void | Promise<void>;
  /**
   * Called once the shrunk counterexample's reproducer is written, with the case as it stands then (draws
   * not graded yet are left out of its counts); awaited before the case ends.
   */
  readonly onReproducer?: (shrunk: CaseResult) => void | Promise<void>;
}

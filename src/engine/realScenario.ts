import { operation } from '../catalogue/catalogue.ts';
import type { Scenario } from '../scenario/scenario.ts';

/**
 * The scenario as the known-issue registry sees it: each planted bug (src/catalogue/fixtures.ts) as the real
 * operation it stands in for (Operation.standsFor), so that an entry excuses a planted bug only where it would
 * excuse the same symptom of the real operation, and no planted bug escapes an entry by its name (pure).
 */
export const realScenario = (scenario: Scenario): Scenario => {
  const real = (op: string) => operation(op).standsFor ?? op;
  if (!scenario.threads.some((ops) => ops.some((c) => real(c.op) !== c.op))) return scenario;
  return { ...scenario, threads: scenario.threads.map((ops) => ops.map((c) => ({ ...c, op: real(c.op) }))) };
};

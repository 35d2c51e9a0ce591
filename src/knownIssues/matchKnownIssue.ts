import type { PyValue } from '../catalogue/pyValue.ts';
import type { CaseStatus } from '../results/caseResult.ts';
import { compareVersions } from '../interp/compareVersions.ts';
import { isCorruptedOutcome } from '../oracle/corruptionIn.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { symptomsOf, type KnownIssue } from './knownIssue.ts';

/** A finding as the matcher sees it: where, on which version, with which operation blamed. */
export interface FindingShape {
  readonly version: string;
  readonly status: CaseStatus;
  readonly scenario: Scenario;
  /** [thread, op] blamed for a FORBIDDEN outcome; absent for crashes and hangs. */
  readonly blamed?: readonly [number, number];
  /** The forbidden outcomes the finding saw (canonical JSON); a `byModel` entry must give each. */
  readonly forbidden?: readonly string[];
  /**
   * Whether the catalogue's model of this known bug gives this forbidden outcome (see KnownIssue.byModel);
   * without it no `byModel` entry matches.
   */
  readonly explains?: (issue: KnownIssue, outcome: string) => boolean;
}

/** An entry's operation ids; one ending in '*' names every operation whose id starts with the rest. */
export const opIn = (ops: readonly string[], op: string): boolean =>
  ops.some((o) => (o.endsWith('*') ? op.startsWith(o.slice(0, -1)) : o === op));

export const inRange = (v: string, r: KnownIssue['versions']) =>
  compareVersions(v, r.min) >= 0 && (r.below === undefined || compareVersions(v, r.below) < 0);

const negative = (c: { readonly args: readonly PyValue[] }) => typeof c.args[0] === 'number' && (c.args[0] as number) < 0;

/** Whether the finding is in one of the entry's containers, on a version in its range. */
const inScope = (k: KnownIssue, f: FindingShape): boolean => {
  const containers: readonly string[] = typeof k.container === 'string' ? [k.container] : k.container;
  return containers.includes(f.scenario.container) && inRange(f.version, k.versions);
};

/** Whether the scenario runs one of the entry's operations as it says (and, with `during`, another thread one of those). */
const runsOps = (k: KnownIssue, f: FindingShape): boolean =>
  f.scenario.threads.some((ops, t) => ops.some((c) => opIn(k.ops, c.op) && (!k.negativeIndex || negative(c)))
    && (!k.during || f.scenario.threads.some((others, u) => u !== t && others.some((c) => opIn(k.during!, c.op)))));

/** Whether the finding has the shape a `byModel` entry names: failed, in scope, a scenario that runs its operations. */
const modelShape = (k: KnownIssue, f: FindingShape): boolean =>
  k.byModel === true && f.status === 'failed' && inScope(k, f) && runsOps(k, f);

/**
 * The known issue a finding matches, if any (pure). A finding none matches alone may still be known bugs
 * only: when each forbidden outcome is what one of the `byModel` entries of its shape gives (two bugs of one
 * list in one scenario: gh-130744's IndexError and a stale slot's item). That match names them all.
 */
export const matchKnownIssue = (issues: readonly KnownIssue[], f: FindingShape): KnownIssue | undefined => {
  const forbidden = f.forbidden ?? [];
  const explains = (k: KnownIssue, o: string) => f.explains?.(k, o) === true;
  // A corrupted structure: only an entry whose bug can corrupt one, by the scenario's operations (no blame).
  const corrupt = f.status === 'failed' && forbidden.some(isCorruptedOutcome);
  const one = issues.find((k) => {
    if (k.byModel) return modelShape(k, f) && forbidden.length > 0 && forbidden.every((o) => explains(k, o));
    if (!(symptomsOf(k) as readonly CaseStatus[]).includes(f.status) || !inScope(k, f)) return false;
    if (k.inTwoThreads && f.scenario.threads.filter((ops) => ops.some((c) => opIn(k.inTwoThreads!, c.op))).length < 2) return false;
    if (corrupt) return k.corrupts === true && runsOps(k, f);
    if (f.blamed) {
      const call = f.scenario.threads[f.blamed[0]]?.[f.blamed[1]];
      if (!call || !opIn(k.ops, call.op)) return false;
      if (k.during && !f.scenario.threads.some((ops, t) => t !== f.blamed![0] && ops.some((c) => opIn(k.during!, c.op)))) return false;
      return !k.negativeIndex || negative(call);
    }
    // Crashes, hangs and corrupted structures carry no blamed operation: the scenario must contain one of the
    // issue's operations (and, with `during`, another thread one of those).
    return runsOps(k, f);
  });
  if (one || forbidden.length === 0) return one;
  const models = issues.filter((k) => modelShape(k, f));
  if (!forbidden.every((o) => models.some((k) => explains(k, o)))) return undefined;
  const used = models.filter((k) => forbidden.some((o) => explains(k, o)));
  return { ...used[0], id: used.map((k) => k.id).join(' + '), title: used.map((k) => k.title).join('; ') };
};

import type { PyValue } from '../catalogue/pyValue.ts';
import { compareVersions } from '../catalogue/compareVersions.ts';
import { corruptionOfOutcome } from '../oracle/corruptionIn.ts';
import { holdsPythonEqKey } from '../oracle/operationFor.ts';
import type { Reach } from '../oracle/reachesOutcome.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { symptomsOf, type KnownIssue, type KnownSymptom } from './knownIssue.ts';

/** What a program showed beside its outcomes when it did not end normally. */
export type ProgramSymptom = Extract<KnownSymptom, 'crashed' | 'hung' | 'error'>;

/** A finding as the matcher sees it: where, on which version, what it showed. */
export interface FindingShape {
  readonly version: string;
  readonly scenario: Scenario;
  /** The program crashed, hung, or its harness died of a Python error (no verdict of its own). */
  readonly symptom?: ProgramSymptom;
  /** The forbidden outcomes the finding saw (canonical JSON): each must be excused by some entry. */
  readonly forbidden?: readonly string[];
  /** Whether the catalogue's model of this known bug gives this forbidden outcome (see KnownIssue.byModel). */
  readonly explains?: (issue: KnownIssue, outcome: string) => boolean;
  /**
   * Whether the models let two threads both run a shared iterator's exhaustion path in this scenario (see
   * KnownIssue.iteratorEndTwice); without it no entry that needs it matches.
   */
  readonly iteratorEndTwice?: () => Reach;
  /** Whether the models give this outcome up to a shared iterator's second drop of its container (freesContainer). */
  readonly freedBy?: (outcome: string) => Reach;
}

/** What one entry excused: a forbidden outcome (canonical JSON), or the program's symptom. */
export interface Excuse {
  readonly issue: KnownIssue;
  readonly outcome?: string;
  readonly symptom?: ProgramSymptom;
}

/** A finding every part of which some known issue explains. */
export interface KnownMatch {
  /** The entries that excused something, each once, in registry order. */
  readonly issues: readonly KnownIssue[];
  readonly excuses: readonly Excuse[];
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

/**
 * Whether the scenario can reach the entry's bug at all: in scope, running its operations, and each further
 * condition the entry names (two threads calling its operations, keys whose __eq__ is Python code, two threads
 * at a shared iterator's end as the models say). An entry excuses nothing in a scenario that cannot reach it.
 */
const reaches = (k: KnownIssue, f: FindingShape): boolean =>
  inScope(k, f) && runsOps(k, f)
  && (!k.inTwoThreads || f.scenario.threads.filter((ops) => ops.some((c) => opIn(k.inTwoThreads!, c.op))).length >= 2)
  && (!k.pythonEqKeys || holdsPythonEqKey(f.scenario.initial) || f.scenario.threads.some((ops) => ops.some((c) => holdsPythonEqKey(c.args))))
  && (!k.iteratorEndTwice || f.iteratorEndTwice?.() === 'yes');

/**
 * The entry that excuses one forbidden outcome, in a scenario that can reach its bug: a corrupted structure only
 * by an entry whose bug can leave one (`corrupts`; only the one it names, `corruption`), or, by an entry whose bug
 * drops the container's reference twice, the harness's report of that when the models give every result with
 * that drop (`freesContainer`); any other outcome only by an entry whose bug model gives exactly it (`byModel`).
 */
const excuseOutcome = (issues: readonly KnownIssue[], f: FindingShape, outcome: string): KnownIssue | undefined => {
  const detail = corruptionOfOutcome(outcome);
  const leaves = (k: KnownIssue) => detail !== undefined && (k.corruption === undefined || new RegExp(k.corruption).test(detail));
  return issues.find((k) => reaches(k, f) && (detail === undefined
    ? k.byModel === true && f.explains?.(k, outcome) === true
    : leaves(k) && (k.corrupts === true || (k.freesContainer === true && f.freedBy?.(outcome) === 'yes'))));
};

/**
 * The known issues that explain a finding, if they explain all of it (pure): every forbidden outcome is one
 * an entry's bug produces (its model gives it, or its bug leaves that corrupted structure), and a crash, hang
 * or dead harness is one an entry names, in a scenario that can reach that entry's bug. Whatever no entry
 * explains keeps the whole finding a finding. A finding with nothing in it to excuse is not known.
 */
export const matchKnownIssue = (issues: readonly KnownIssue[], f: FindingShape): KnownMatch | undefined => {
  const excuses: Excuse[] = [];
  for (const outcome of f.forbidden ?? []) {
    const issue = excuseOutcome(issues, f, outcome);
    if (!issue) return undefined;
    excuses.push({ issue, outcome });
  }
  if (f.symptom) {
    const symptom = f.symptom;
    const issue = issues.find((k) => (symptomsOf(k) as readonly string[]).includes(symptom) && reaches(k, f));
    if (!issue) return undefined;
    excuses.push({ issue, symptom });
  }
  if (excuses.length === 0) return undefined;
  return { issues: issues.filter((k) => excuses.some((e) => e.issue === k)), excuses };
};

/** The entries of a match as one (ids and titles joined), for a verdict that names them all. */
export const knownAsOne = (m: KnownMatch): KnownIssue => {
  const ids = [...new Set(m.issues.map((k) => k.id))];
  return ids.length === 1 ? m.issues[0] : { ...m.issues[0], id: ids.join(' + '), title: m.issues.map((k) => k.title).join('; ') };
};

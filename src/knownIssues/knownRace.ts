/**
 * An entry of known-issues/known-issues.json for a ThreadSanitizer finding: keyed by the two blamed
 * frames of the race (src/tsan/blameFrame.ts) and a version range, not by an outcome.
 */
export interface KnownRace {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  /** Interpreter versions it applies to: min <= version < below. */
  readonly versions: { readonly min: string; readonly below?: string };
  readonly symptom: 'data-race';
  /** The blamed function of each access, in either order; '*' matches any function. */
  readonly frames: readonly [string, string];
  readonly why: string;
  /** A reproducer that reported the race on a ThreadSanitizer build when the entry was added. */
  readonly reproducer: string;
}

/** Tells race entries from outcome entries in the one registry file. */
export const isKnownRace = (entry: unknown): entry is KnownRace =>
  typeof entry === 'object' && entry !== null && (entry as { symptom?: unknown }).symptom === 'data-race';

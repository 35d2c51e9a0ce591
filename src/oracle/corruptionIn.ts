import type { PyValue } from '../catalogue/pyValue.ts';

/** What the program reports when a container fails its consistency check after a run: {"x": detail}. */
export interface PyCorrupt { readonly x: string }

const corrupt = (v: PyValue | undefined): string | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'x' in v ? String((v as unknown as PyCorrupt).x) : undefined;

/** The detail of a failed consistency check in an encoded final state (a container, or a pair of them). */
export const corruptionIn = (final: PyValue): string | undefined =>
  corrupt(final) ?? (Array.isArray(final) ? final.map(corrupt).find((d) => d !== undefined) : undefined);

/** The detail of an outcome's failed consistency check (canonical JSON: each thread's results, then the final state), if any. */
export const corruptionOfOutcome = (outcomeJson: string): string | undefined => {
  let outcome: unknown;
  try {
    outcome = JSON.parse(outcomeJson);
  } catch {
    return undefined;
  }
  return Array.isArray(outcome) && outcome.length > 0 ? corruptionIn(outcome[outcome.length - 1] as PyValue) : undefined;
};

/** Whether an outcome (canonical JSON) ends in a failed check. */
export const isCorruptedOutcome = (outcomeJson: string): boolean => corruptionOfOutcome(outcomeJson) !== undefined;

import type { InterpInfo } from '../results/interpInfo.ts';
import { checkInterp, checkInterpSync } from './checkInterp.ts';
import { formatRefusal, type InterpCheck, type InterpRefusal } from './interpRefusal.ts';
import { interpCandidates, type Candidate, type CandidateOptions, type CandidateSource } from './interpCandidates.ts';

export interface FindOptions extends CandidateOptions {
  readonly allowGil?: boolean;
  readonly timeoutMs?: number;
}

export type FindResult =
  | { readonly kind: 'found'; readonly info: InterpInfo; readonly source: CandidateSource }
  /** FTCONFORM_PYTHON names an unusable interpreter: an explicit choice is not silently replaced. */
  | { readonly kind: 'refused'; readonly refusal: InterpRefusal }
  /** Nothing usable; `skipped` says why each candidate was passed over, one line each. */
  | { readonly kind: 'none'; readonly skipped: readonly string[] };

/** The result once a candidate settles the search, else undefined (its refusal noted in `skipped`). */
const take = (c: Candidate, checked: InterpCheck, skipped: string[]): FindResult | undefined => {
  if (checked.ok) return { kind: 'found', info: checked.info, source: c.source };
  if (c.source === 'FTCONFORM_PYTHON') return { kind: 'refused', refusal: checked.refusal };
  skipped.push(formatRefusal(checked.refusal));
  return undefined;
};

/**
 * Order: $FTCONFORM_PYTHON; free-threaded names on PATH; usual install places; builds in the cache dir,
 * newest first. Only interpreters that probe as free-threaded (GIL off unless allowGil) are taken.
 */
export const findInterp = async (o: FindOptions = {}): Promise<FindResult> => {
  const skipped: string[] = [];
  for (const c of interpCandidates(o)) {
    const verdict = take(c, await checkInterp(c.path, { allowGil: o.allowGil, timeoutMs: o.timeoutMs }), skipped);
    if (verdict) return verdict;
  }
  return { kind: 'none', skipped };
};

/** The same, blocking: for suiteConfig(). */
export const findInterpSync = (o: FindOptions = {}): FindResult => {
  const skipped: string[] = [];
  for (const c of interpCandidates(o)) {
    const verdict = take(c, checkInterpSync(c.path, { allowGil: o.allowGil, timeoutMs: o.timeoutMs }), skipped);
    if (verdict) return verdict;
  }
  return { kind: 'none', skipped };
};

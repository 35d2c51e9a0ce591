import type { PyValue } from '../../catalogue/pyValue.ts';

/** The canonical outcome JSON `[[t0 results], …, final]` as values, or undefined if it is not one. */
export const parseOutcome = (json: string | undefined): readonly PyValue[] | undefined => {
  if (json === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as PyValue[]) : undefined;
  } catch {
    return undefined;
  }
};

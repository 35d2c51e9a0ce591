import { UsageError } from './usageError.ts';

/** A suite's properties, as far as selecting them goes. */
export type SuitesByName = Readonly<Record<string, readonly { readonly name: string }[]>>;

/**
 * Refuses a misspelt --suite or --property before minutes of doctor and provisioning. `known`: every suite
 * the command runs by name; `whole`: the suites a run without --suite takes. Pure: throws a one-line UsageError.
 */
export const checkSelection = (
  selected: { readonly suites: readonly string[]; readonly property?: string },
  known: SuitesByName,
  whole: readonly string[],
): void => {
  const unknown = selected.suites.find((s) => known[s] === undefined);
  if (unknown !== undefined) throw new UsageError(`unknown suite '${unknown}' (suites: ${Object.keys(known).join(', ')})`);
  const { property } = selected;
  if (property === undefined) return;
  const names = selected.suites.length > 0 ? selected.suites : whole;
  if (names.some((s) => known[s]?.some((p) => p.name === property))) return;
  throw new UsageError(`unknown --property '${property}' in suite${names.length > 1 ? 's' : ''} ${names.join(', ')} (give a property's name as reports and replay commands print it)`);
};

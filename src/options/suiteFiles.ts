import { readdirSync } from 'node:fs';
import { UsageError } from './usageError.ts';

/** Suite names are the files suites/<name>.test.ts. */
export const suiteNames = (suitesDir: string): string[] =>
  readdirSync(suitesDir).filter((f) => f.endsWith('.test.ts')).map((f) => f.slice(0, -'.test.ts'.length)).sort();

/**
 * The vitest file filters for --suite: only those suites (a replay runs just its suite); with none
 * given, every suite and the tool's own tests. An unknown name is a usage error.
 */
export const suiteFilters = (selected: readonly string[], available: readonly string[]): string[] => {
  const unknown = selected.find((s) => !available.includes(s));
  if (unknown !== undefined) throw new UsageError(`unknown suite '${unknown}' (suites: ${available.join(', ')})`);
  return selected.map((s) => `suites/${s}.test.ts`);
};

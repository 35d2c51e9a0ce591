import { findInterpSync } from '../interp/findInterp.ts';
import { formatRefusal } from '../interp/interpRefusal.ts';
import { probeTimeoutMs } from '../interp/probeTimeout.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { Options } from '../options/options.ts';
import { parseArgs } from '../options/parseArgs.ts';

/** What `npm test` (scripts/test.ts) hands to the suites, as JSON in this variable. */
export const CONFIG_ENV = 'FTCONFORM_CONFIG';

export interface SuiteConfig {
  readonly options: Options;
  readonly interps: InterpInfo[];
}

let cached: SuiteConfig | undefined;

const fromEnv = (json: string): SuiteConfig => {
  const parsed = JSON.parse(json) as Partial<SuiteConfig>;
  if (!parsed.options || !Array.isArray(parsed.interps) || parsed.interps.length === 0) {
    throw new Error(`${CONFIG_ENV} is malformed: run the suites with \`npm test\``);
  }
  return parsed as SuiteConfig;
};

// `npx vitest` run directly: default options and an interpreter found without building (no async here).
const fallback = (): SuiteConfig => {
  const { options } = parseArgs([]);
  const found = findInterpSync({ timeoutMs: probeTimeoutMs() });
  if (found.kind === 'found') return { options, interps: [found.info] };
  const why = found.kind === 'refused' ? formatRefusal(found.refusal) : 'no free-threaded CPython found';
  throw new Error(`${why}: run the suites with \`npm test\` (it finds or builds one) or set FTCONFORM_PYTHON`);
};

/** The options and interpreters the suites run with (read once per process). */
export const suiteConfig = (): SuiteConfig => {
  const json = process.env[CONFIG_ENV];
  cached ??= json ? fromEnv(json) : fallback();
  return cached;
};

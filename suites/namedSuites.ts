import type { Property } from '../src/engine/property.ts';
import { allSuites } from './allSuites.ts';
import * as selftest from './selftest.suite.ts';

const isProperty = (v: unknown): v is Property =>
  typeof v === 'object' && v !== null && 'suite' in v && 'shape' in v && 'kind' in v && (v as Property).suite === 'selftest';

// Every property the self-test module exports, alone, in a list, or inside a planted bug ({ property }).
const selftestProperties = (): Property[] => Object.values(selftest as Record<string, unknown>)
  .flatMap((v) => (Array.isArray(v) ? v : [v]))
  .flatMap((v: unknown) => (isProperty(v) ? [v] : isProperty((v as { property?: unknown } | null)?.property) ? [(v as { property: Property }).property] : []));

/**
 * Every suite `ftconform run --suite NAME` takes: the conformance suites (a run without --suite takes
 * these) and the self-test's planted bugs, so that a self-test case's replay command works like any other.
 */
export const namedSuites: Readonly<Record<string, readonly Property[]>> = {
  ...allSuites,
  selftest: selftestProperties(),
};

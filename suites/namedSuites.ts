import type { Property } from '../src/engine/property.ts';
import { allSuites } from './allSuites.ts';
import { brokenSetdefaultProperty } from './selftest.suite.ts';

/**
 * Every suite `ftconform run --suite NAME` takes: the conformance suites (a run without --suite takes
 * these) and the self-test's planted bug, so that its replay command works like any other.
 */
export const namedSuites: Readonly<Record<string, readonly Property[]>> = {
  ...allSuites,
  selftest: [brokenSetdefaultProperty],
};

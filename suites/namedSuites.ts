import type { Property } from '../src/engine/property.ts';
import { allSuites } from './allSuites.ts';
import { brokenSetdefaultProperty, plantedBugProperties } from './selftest.suite.ts';

/**
 * Every suite `ftconform run --suite NAME` takes: the conformance suites (a run without --suite takes
 * these), the self-test's end-to-end finding and its planted bugs, so that a self-test case's replay
 * command works like any other.
 */
export const namedSuites: Readonly<Record<string, readonly Property[]>> = {
  ...allSuites,
  selftest: [brokenSetdefaultProperty],
  planted: plantedBugProperties.map((b) => b.property),
};

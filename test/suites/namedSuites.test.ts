import { describe, expect, it } from 'vitest';
import { allSuites } from '../../suites/allSuites.ts';
import { namedSuites } from '../../suites/namedSuites.ts';
import { brokenSetdefaultProperty, plantedBugProperties } from '../../suites/selftest.suite.ts';

describe('namedSuites (what `ftconform run --suite NAME` takes)', () => {
  it('has every conformance suite, and the self-test so that its replay commands run', () => {
    for (const [name, props] of Object.entries(allSuites)) expect(namedSuites[name]).toBe(props);
    expect(namedSuites.selftest).toContain(brokenSetdefaultProperty);
    expect(namedSuites.selftest.every((p) => p.suite === 'selftest')).toBe(true);
    // Each planted bug under its own suite name: a replay of one runs only the planted bugs.
    expect(namedSuites.planted).toEqual(plantedBugProperties.map((b) => b.property));
    expect(namedSuites.planted.every((p) => p.suite === 'planted')).toBe(true);
  });
});

import type { Property } from '../src/engine/property.ts';
import { containerSuite, instanceDictProperty, pythonEqMergeProperty } from './containerSuite.ts';
import { lockedSuite } from './locked.suite.ts';
import { crossObjectSuite } from './cross-object.suite.ts';
import { iteratorsSuite } from './iterators.suite.ts';
import { racesSuite } from './races.suite.ts';
import { collectionsSuite } from './collections.suite.ts';
import { resizeSuite } from './resize.suite.ts';
import { controlledSuite } from './controlled.suite.ts';

/** Every suite by name, in the order a full run takes them. */
export const allSuites: Readonly<Record<string, readonly Property[]>> = {
  dict: [...containerSuite('dict'), instanceDictProperty, pythonEqMergeProperty],
  list: containerSuite('list'),
  set: containerSuite('set'),
  'cross-object': crossObjectSuite,
  iterators: iteratorsSuite,
  locked: lockedSuite,
  races: racesSuite,
  collections: collectionsSuite,
  resize: resizeSuite,
  controlled: controlledSuite,
};

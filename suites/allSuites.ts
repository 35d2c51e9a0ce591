import type { Property } from '../src/engine/property.ts';
import { containerSuite, instanceDictProperty, pythonEqBulkProperty } from './containerSuite.ts';
import { lockedSuite } from './locked.suite.ts';
import { crossObjectSuite } from './cross-object.suite.ts';
import { iteratorsSuite } from './iterators.suite.ts';
import { racesSuite } from './races.suite.ts';
import { collectionsSuite } from './collections.suite.ts';
import { resizeSuite } from './resize.suite.ts';

/** Every suite by name, in the order a full run takes them. */
export const allSuites: Readonly<Record<string, readonly Property[]>> = {
  dict: [...containerSuite('dict'), instanceDictProperty, pythonEqBulkProperty('dict', ['dict.update', 'dict.ior',
    'dict.setdefault', 'dict.setitem', 'dict.pop-default', 'dict.delitem', 'dict.clear', 'dict.get', 'dict.getitem',
    'dict.len', 'dict.copy'])],
  list: containerSuite('list'),
  set: [...containerSuite('set'), pythonEqBulkProperty('set', ['set.update', 'set.ior', 'set.isub',
    'set.difference_update', 'set.add', 'set.discard', 'set.remove', 'set.pop', 'set.clear', 'set.contains', 'set.len',
    'set.copy'])],
  'cross-object': crossObjectSuite,
  iterators: iteratorsSuite,
  locked: lockedSuite,
  races: racesSuite,
  collections: collectionsSuite,
  resize: resizeSuite,
};

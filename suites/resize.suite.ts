import type { Property } from '../src/engine/property.ts';

// Containers of dozens (a 'large' domain: 24 keys, initial states of 6..18, bulk arguments of up to 12), so
// that dict and set tables grow and shrink past their resize points and lists reallocate, while lock-free
// readers look up keys and slots that stay present. No scans: a scan of dozens of slots against a writer in
// flight is not what this suite is about, and would cost the oracle far more.
const large = { threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 2 }, lockModes: ['none' as const], size: 'large' as const };

export const resizeSuite: readonly Property[] = [
  {
    suite: 'resize', kind: 'conformance',
    name: 'a dict growing and shrinking past its table sizes keeps every key lookup exact',
    shape: { containers: ['dict'], ops: ['dict.update', 'dict.ior', 'dict.setitem', 'dict.pop-default', 'dict.delitem',
      'dict.popitem', 'dict.clear', 'dict.getitem', 'dict.get', 'dict.contains', 'dict.len', 'dict.copy'], ...large },
  },
  {
    suite: 'resize', kind: 'conformance',
    name: 'a set growing and shrinking past its table sizes keeps every membership test exact',
    shape: { containers: ['set'], ops: ['set.update', 'set.ior', 'set.isub', 'set.ixor', 'set.difference_update', 'set.add',
      'set.discard', 'set.clear', 'set.contains', 'set.len', 'set.copy'], ...large },
  },
  {
    suite: 'resize', kind: 'conformance',
    name: 'a list growing, reallocating and cleared keeps every index read exact',
    shape: { containers: ['list'], ops: ['list.extend', 'list.iadd', 'list.imul', 'list.setslice', 'list.clear', 'list.append',
      'list.pop', 'list.insert', 'list.getitem', 'list.len', 'list.copy'], ...large },
  },
];

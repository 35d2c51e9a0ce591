import type { Property } from '../src/engine/property.ts';

// Two shared containers: one thread reads `o` into `c` (update, extend, |=, ==, binary set operations)
// while others mutate `o` or `c`.
export const crossObjectSuite: readonly Property[] = (['dict+dict', 'list+list', 'set+set'] as const).map((c) => ({
  suite: 'cross-object', kind: 'conformance' as const,
  name: `${c.split('+')[0]} operations reading another ${c.split('+')[0]} while it is mutated keep their guarantees`,
  shape: { containers: [c], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none' as const] },
}));

import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import { expectationsFrom, operationFor } from '../../src/oracle/operationFor.ts';

// Models follow the C code of the interpreter's version: an older C code gets its own variant.
describe('operationFor', () => {
  it('applies a variant below its version only', () => {
    const contains = operation('set.contains');
    expect(operationFor(contains, '3.13.5').access).toBe('locked');
    expect(operationFor(contains, '3.14.0').access).toBe('lock-free');
    expect(operationFor(contains, undefined).access).toBe('lock-free');
    expect(operationFor(contains, '3.13.5').model).toMatch(/set___contains__/);
  });

  it('keeps a guarantee first documented later when the older C code keeps it (no demotion)', () => {
    const update = operation('dict+dict.update');
    expect(update.doc.since).toBe('3.14');
    expect(operationFor(update, '3.13.5')).toBe(update);
  });

  it('names where the expectations came from', () => {
    const later = { ...operation('dict.setdefault'), doc: { ...operation('dict.setdefault').doc, since: '3.14' } };
    expect(expectationsFrom([operation('dict.setdefault'), later], '3.13.5')).toBe('Python 3.13: guarantees documented '
      + 'since 3.13; statements first made in the 3.14 docs held where the 3.13 C code keeps them (models cite it)');
    expect(expectationsFrom([later], '3.14.2')).toBe('Python 3.14: guarantees documented since 3.14');
  });
});

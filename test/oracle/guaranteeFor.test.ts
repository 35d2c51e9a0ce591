import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import { expectationsFrom, guaranteeFor } from '../../src/oracle/guaranteeFor.ts';

// Expectations are keyed by the Python version whose documentation states them.
describe('guaranteeFor', () => {
  const later = { ...operation('dict.setdefault'), doc: { ...operation('dict.setdefault').doc, since: '3.14' } };

  it('holds an atomic guarantee against versions that document it', () => {
    expect(guaranteeFor(later, '3.14.0').guarantee).toBe('atomic');
    expect(guaranteeFor(later, '3.15.1').guarantee).toBe('atomic');
    expect(guaranteeFor(operation('dict.setdefault'), '3.13.5').guarantee).toBe('atomic');
  });

  it('expects only "safe" from an older interpreter', () => {
    expect(guaranteeFor(later, '3.13.5').guarantee).toBe('safe');
    expect(guaranteeFor({ ...operation('dict.get'), doc: later.doc }, '3.13.5').guarantee).toBe('lock-free-read');
  });

  it('names where the expectations came from', () => {
    expect(expectationsFrom([operation('dict.setdefault'), later], '3.13.5'))
      .toBe('Python 3.13: guarantees documented since 3.13; statements first made in the 3.14 docs applied only as "safe"');
    expect(expectationsFrom([later], '3.14.2')).toBe('Python 3.14: guarantees documented since 3.14');
  });
});

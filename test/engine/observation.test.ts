import { describe, expect, it } from 'vitest';
import { mergeObservations } from '../../src/engine/observation.ts';
import { scenarioKey, shortId } from '../../src/engine/scenarioKey.ts';
import { twoIncrements } from '../oracle/scenarioOf.ts';
import { observation } from './fixtures.ts';

describe('mergeObservations', () => {
  it('adds up histograms and counters', () => {
    const m = mergeObservations([
      observation({ A: 2, B: 1 }, { timed: 3, overlapped: 1, seconds: 0.5 }),
      observation({ B: 4 }, { timed: 2, overlapped: 2, seconds: 0.25 }),
    ]);
    expect(m).toMatchObject({ status: 'ok', hist: { A: 2, B: 5 }, runs: 7, timed: 5, overlapped: 3, seconds: 0.75 });
  });

  it('keeps the status and message of the first observation that went wrong', () => {
    const m = mergeObservations([observation({ A: 1 }), observation({}, { status: 'crash', message: 'SIGSEGV', signal: 'SIGSEGV' })]);
    expect(m).toMatchObject({ status: 'crash', message: 'SIGSEGV', signal: 'SIGSEGV', hist: { A: 1 } });
  });
});

describe('scenarioKey / shortId', () => {
  it('equal scenarios get equal keys; a change of lock changes the key', () => {
    expect(scenarioKey(twoIncrements())).toBe(scenarioKey(twoIncrements()));
    expect(scenarioKey(twoIncrements('all'))).not.toBe(scenarioKey(twoIncrements()));
  });

  it('short ids are 8 hex digits, stable', () => {
    expect(shortId('abc')).toBe('ba7816bf');
    expect(shortId(scenarioKey(twoIncrements()))).toMatch(/^[0-9a-f]{8}$/);
  });
});

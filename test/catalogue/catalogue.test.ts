import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, operation } from '../../src/catalogue/catalogue.ts';
import type { ContainerState, Operation, Universe } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { exc, isExc } from '../../src/catalogue/pyValue.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';
import { callArb, initialArb, intKey, strKey } from './sequenceArb.ts';

/** Plausibility checks get the operation's arguments (some checks ignore them). */
const withArgs = (op: Operation) => (r: PyValue, u: Universe, args: readonly PyValue[] = []) => op.plausible!(r, u, args);

const universeOf = (op: Operation, states: readonly ContainerState[]): Universe => {
  const elements = new Set<string>(), values = new Set<string>();
  for (const s of states) {
    for (const x of s) {
      if (op.container === 'dict') {
        const [k, v] = x as readonly [unknown, unknown];
        elements.add(JSON.stringify(k)); values.add(JSON.stringify(v));
      } else elements.add(JSON.stringify(x));
    }
  }
  return { elements, values, maxLen: Math.max(...states.map((s) => s.length)) };
};

describe('catalogue entries', () => {
  it('have unique ids named after their container', () => {
    const ids = catalogue.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Deliberately broken fixtures (ftconform's own oracle tests) carry their own prefix.
    for (const op of catalogue) {
      if (!('fixture' in op && op.fixture)) expect(op.id.startsWith(`${op.container}.`), op.id).toBe(true);
    }
  });

  it('cite a documented sentence with its source and Python version', () => {
    for (const op of catalogue) {
      expect(op.doc.sentence.length, op.id).toBeGreaterThan(20);
      expect(op.doc.source, op.id).toMatch(/^Doc\//);
      expect(op.doc.since, op.id).toMatch(/^3\.1[3-9]$/);
    }
  });

  it('set r in their Python snippet, and weak reads come with a plausibility check', () => {
    for (const op of catalogue) {
      expect(op.python(op.args.map(() => '0')).some((line) => /\br = /.test(line)), op.id).toBe(true);
      expect(op.weakWhen === undefined, op.id).toBe(op.plausible === undefined);
      expect(op.steps.length, op.id).toBeGreaterThan(0);
    }
  });

  // Every serial outcome must be one the entry itself allows: listed exceptions only, a result on the
  // last step, readers leave the container alone, and plausibility accepts what a serial run returns.
  for (const op of catalogue) {
    it(`${op.id}: serial outcomes are consistent with the entry`, () => {
      const keys = op.container === 'list' ? fc.constant(intKey) : fc.constantFrom(intKey, strKey);
      fc.assert(fc.property(keys.chain((key) => fc.tuple(initialArb(op.container, key), callArb(op, key))),
        ([state, call]) => {
          const outs = applyOp(op, state, call.args);
          expect(outs.length).toBeGreaterThan(0);
          for (const out of outs) {
            expect(out.result).not.toBeUndefined();
            if (isExc(out.result)) expect(op.exceptions).toContain(out.result.e);
            if (!op.writes) expect(out.state).toEqual(state);
            const universe = universeOf(op, [state, out.state]);
            if (op.plausible) {
              expect(op.plausible(out.result ?? null, universe, call.args)).toBe(true);
            }
          }
        }), { numRuns: 200 });
    });
  }
});

describe('plausibility checks reject only what no instant could produce', () => {
  const u: Universe = { elements: new Set(['1', '2']), values: new Set(['7']), maxLen: 2 };
  const ok = (id: string, r: PyValue, args?: PyValue[]) => withArgs(operation(id))(r, u, args);

  it('list scans: no index past the longest list, no count above it, no True for a stranger', () => {
    expect(ok('list.index', 1, [2])).toBe(true);
    expect(ok('list.index', 2, [2])).toBe(false);
    expect(ok('list.index', 0, [3])).toBe(false);
    expect(ok('list.count', 3)).toBe(false);
    expect(ok('list.contains', true, [1])).toBe(true);
    expect(ok('list.contains', true, [3])).toBe(false);
    expect(ok('list.contains', false, [3])).toBe(true);
  });

  it('single-element reads: an element that was there, or the documented exception', () => {
    expect(ok('list.getitem', exc('IndexError'))).toBe(true);
    expect(ok('list.getitem', 3)).toBe(false);
    expect(ok('list.len', 0)).toBe(true);
    expect(ok('list.len', 3)).toBe(false);
    expect(ok('dict.getitem', 7)).toBe(true);
    expect(ok('dict.getitem', 1)).toBe(false);
  });

  it('iteration: RuntimeError, or only elements that were there', () => {
    expect(ok('dict.iterate', exc('RuntimeError'))).toBe(true);
    expect(ok('set.iterate', [1, 2, 2])).toBe(true);
    expect(ok('set.iterate', [1, 5])).toBe(false);
    expect(ok('list.iterate', [1, 2, 1])).toBe(false);
  });
});

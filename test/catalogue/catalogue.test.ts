import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, operation } from '../../src/catalogue/catalogue.ts';
import { baseOf, shapeOf } from '../../src/catalogue/containerKind.ts';
import { containersIn } from '../../src/catalogue/encodeState.ts';
import type { ContainerState, IterState, Operation, Universe } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { exc, isExc } from '../../src/catalogue/pyValue.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';
import { liftedId } from './liftedId.ts';
import { callArb, keysFor, modelStateArb } from './sequenceArb.ts';

/** Plausibility checks get the operation's arguments (some checks ignore them). */
const withArgs = (op: Operation) => (r: PyValue, u: Universe, args: readonly PyValue[] = []) => op.plausible!(r, u, args);

/** The parts of a state an operation works on: the one a lifted operation names, else every container in it. */
const partsOf = (op: Operation, state: ContainerState): readonly ContainerState[] => {
  const lifted = liftedId(op.id);
  return lifted ? [(state as unknown as readonly ContainerState[])[lifted.part]] : containersIn(op.container, state);
};

const universeOf = (op: Operation, states: readonly ContainerState[]): Universe => {
  const elements = new Set<string>(), values = new Set<string>();
  const parts = states.flatMap((s) => partsOf(op, s));
  for (const s of parts) {
    for (const x of s) {
      if (baseOf(op.container) === 'dict') {
        const [k, v] = x as readonly [unknown, unknown];
        elements.add(JSON.stringify(k)); values.add(JSON.stringify(v));
      } else elements.add(JSON.stringify(x));
    }
  }
  return { elements, values, maxLen: Math.max(...parts.map((s) => s.length)) };
};

/** What an operation on a two-object kind may never change, whatever it does to the rest. */
const checkUntouched = (op: Operation, before: ContainerState, after: ContainerState): void => {
  const lifted = liftedId(op.id);
  const [b, a] = [before, after] as unknown as (readonly unknown[])[];
  // A lifted operation works on its own part only: the other object, or the shared iterator's position.
  if (lifted) expect(a[1 - lifted.part]).toEqual(b[1 - lifted.part]);
  if (shapeOf(op.container) === 'iter') {
    const [pos, was] = [(after as unknown as IterState)[1], (before as unknown as IterState)[1]];
    expect(Number.isInteger(pos) && pos >= -1).toBe(true);
    // A list iterator never restarts once exhausted (Objects/listobject.c, listiter_next).
    if (was === -1) expect(pos).toBe(-1);
  }
};

describe('catalogue entries', () => {
  it('have unique ids named after their container', () => {
    const ids = catalogue.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of catalogue) {
      const lifted = liftedId(op.id);
      // Deliberately broken fixtures (ftconform's own oracle tests) carry their own prefix.
      if (op.fixture !== undefined) expect(op.id.startsWith(`fixture.${op.container}.`), op.id).toBe(true);
      else if (lifted) {
        // '<kind>:<c|o>.<name>': a single-container operation on c or o; a shared iterator's list is c.
        expect(lifted.kind, op.id).toBe(op.container);
        expect(shapeOf(op.container) === 'pair' || lifted.part === 0, op.id).toBe(true);
        expect(operation(`${baseOf(op.container)}.${lifted.name}`).guarantee, op.id).toBe(op.guarantee);
      } else expect(op.id.startsWith(`${op.container}.`), op.id).toBe(true);
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
      // Lifted onto `o`, the snippet works on `o` only.
      if (liftedId(op.id)?.part === 1) expect(op.python(op.args.map(() => '0')).join('\n'), op.id).not.toMatch(/\bc\b/);
    }
  });

  // Every serial outcome must be one the entry itself allows: listed exceptions only, a result on the
  // last step, readers leave the state alone (both objects of a pair), lifted operations the other part,
  // and plausibility accepts what a serial run returns.
  for (const op of catalogue) {
    it(`${op.id}: serial outcomes are consistent with the entry`, () => {
      const drawn = keysFor(op.container).chain((key) => fc.tuple(modelStateArb(op.container, key), callArb(op, key)));
      fc.assert(fc.property(drawn,
        ([state, call]) => {
          const outs = applyOp(op, state, call.args);
          expect(outs.length).toBeGreaterThan(0);
          for (const out of outs) {
            expect(out.result).not.toBeUndefined();
            if (isExc(out.result)) expect(op.exceptions).toContain(out.result.e);
            if (!op.writes) expect(out.state).toEqual(state);
            checkUntouched(op, state, out.state);
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

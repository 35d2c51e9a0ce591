import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, operation } from '../../src/catalogue/catalogue.ts';
import { baseOf, shapeOf } from '../../src/catalogue/containerKind.ts';
import type { ContainerState, IterState, Operation } from '../../src/catalogue/operation.ts';
import { exc, isExc } from '../../src/catalogue/pyValue.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';
import { operationFor, operationWithBug } from '../../src/oracle/operationFor.ts';
import { loadKnownIssues } from '../../src/knownIssues/loadKnownIssues.ts';
import { liftedId } from './liftedId.ts';
import { callArb, keysFor, modelStateArb } from './sequenceArb.ts';

/** What an operation on a two-object kind may never change, whatever it does to the rest. */
const checkUntouched = (op: Operation, before: ContainerState, after: ContainerState): void => {
  const lifted = liftedId(op.id);
  const [b, a] = [before, after] as unknown as (readonly unknown[])[];
  const tracked = shapeOf(op.container) === 'iter' && baseOf(op.container) !== 'list';
  // A lifted operation works on its own part only: the other object, or the shared iterator. On a dict
  // or set with a shared iterator, a writer of the container may only mark the iterator inexact, and
  // only when it changed the container's keys (liftTracked).
  if (lifted && !tracked) expect(a[1 - lifted.part]).toEqual(b[1 - lifted.part]);
  if (lifted && tracked) {
    const keys = (s: unknown) => JSON.stringify((s as readonly unknown[]).map((x) => (Array.isArray(x) ? x[0] : x)));
    const [itB, itA] = [b[1], a[1]] as { exact: boolean }[];
    const marked = itB.exact && keys(a[0]) !== keys(b[0]);
    expect(itA).toEqual(marked ? { ...itB, exact: false } : itB);
  }
  if (shapeOf(op.container) === 'iter' && !tracked) {
    const [pos, was] = [(after as unknown as IterState)[1], (before as unknown as IterState)[1]];
    expect(Number.isInteger(pos) && pos >= -1).toBe(true);
    // A list iterator never restarts once exhausted (Objects/listobject.c, listiter_next).
    if (was === -1) expect(pos).toBe(-1);
  }
  if (tracked) {
    const [itB, itA] = [b[1], a[1]] as { done: boolean; exact: boolean }[];
    // Exhausted is for good (di_dict / si_set stay NULL), and what the model knows is never regained.
    if (itB.done) expect(itA.done).toBe(true);
    if (!itB.exact) expect(itA.exact).toBe(false);
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

  it('set r in their Python snippet, take the lock when they write, and cite the C code of every multi-step model', () => {
    for (const op of catalogue) {
      expect(op.python(op.args.map(() => '0')).some((line) => /\br = /.test(line)), op.id).toBe(true);
      expect(op.steps.length, op.id).toBeGreaterThan(0);
      const access = typeof op.access === 'string' ? [op.access] : op.access;
      // Every writer of list, dict and set writes in the object's critical section; a shared iterator's
      // next() writes only the iterator's own index.
      const iteratorOwn = shapeOf(op.container) === 'iter' && !liftedId(op.id);
      if (op.writes && !iteratorOwn) expect(access, op.id).toContain('locked');
      expect(access.length === 1 || access.length === op.steps.length, op.id).toBe(true);
      // A split, staged, looping or windowed model says which C function makes it so.
      if (op.steps.length > 1 || op.holdsLock || op.window) {
        expect(op.model ?? '', op.id).toMatch(/(Objects|Modules|Lib)\/[\w/.]+\.(c|py)|\(lock-free|locked\)/);
      }
      for (const v of op.variants ?? []) expect(v.model, op.id).toMatch(/Objects\/[\w/]+\.c/);
      // A known bug's model cites its C function, and the known-issues entry it belongs to names the operation.
      for (const b of op.bugs ?? []) {
        expect(b.model, op.id).toMatch(/(Objects|Modules)\/[\w/]+\.c/);
        // (A lifted operation keeps its model, under the single-container operation's id; a planted bug, under
        // the real operation's it stands in for.)
        const lifted = liftedId(op.standsFor ?? op.id);
        const named = loadKnownIssues().filter((e) => e.id === b.issue && e.byModel).flatMap((e) => [...e.ops, ...e.during ?? []]);
        expect(named, `${op.id} ${b.issue}`)
          .toContain(lifted ? `${op.container.split('+')[0]}.${lifted.name}` : op.standsFor ?? op.id);
      }
      // Lifted onto `o`, the snippet works on `o` only.
      if (liftedId(op.id)?.part === 1) expect(op.python(op.args.map(() => '0')).join('\n'), op.id).not.toMatch(/\bc\b/);
    }
  });

  // Every serial outcome must be one the entry itself allows: listed exceptions only, a result on the
  // last step, readers leave the state alone (both objects of a pair), lifted operations the other part,
  // and a windowed read accepts what a serial run returns when its window saw just that state.
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
            if (op.window) expect(op.window(out.result ?? null, [state], call.args)).toBe(true);
          }
          // A variant for older C code changes what other threads can see, never what a serial run gives.
          const serial = (o: Operation) => new Set(applyOp(o, state, call.args).map((b) => JSON.stringify([b.state, b.result ?? null])));
          if (op.variants) {
            // Every variant so far is for 3.13 (the oldest free-threaded release).
            const older = operationFor(op, '3.13.0');
            expect(older.model).toBe(op.variants[0].model);
            expect(serial(older)).toEqual(serial(op));
          }
          // So does a known bug's model: the bug shows only when another thread runs in between.
          for (const b of op.bugs ?? []) expect(serial(operationWithBug(op, b.issue)), b.issue).toEqual(serial(op));
        }), { numRuns: 200 });
    });
  }
});

describe('windowed reads accept what some state of their window explains, and nothing else', () => {
  const w = (id: string, r: Parameters<NonNullable<Operation['window']>>[0], window: readonly ContainerState[]) =>
    operation(id).window!(r, window, []);

  it('dict iteration: exact on one state, RuntimeError only when the dict changed, never a stranger key', () => {
    const one = [[[1, 0], [2, 0]]] as unknown as ContainerState[];
    expect(w('dict.iterate', [1, 2], one)).toBe(true);
    expect(w('dict.iterate', [2, 1], one)).toBe(false);
    expect(w('dict.iterate', [1], one)).toBe(false);
    expect(w('dict.iterate', exc('RuntimeError'), one)).toBe(false);
    const two = [[[1, 0], [2, 0]], [[1, 0], [2, 0], [3, 0]]] as unknown as ContainerState[];
    expect(w('dict.iterate', exc('RuntimeError'), two)).toBe(true);
    expect(w('dict.iterate', [1, 3], two)).toBe(true);
    expect(w('dict.iterate', [1, 4], two)).toBe(false);
    expect(w('dict.iterate', [1, 2, 3, 1], two)).toBe(false);
  });

  it('set iteration: RuntimeError only when the size changed', () => {
    const sameSize = [[1, 2], [1, 3]] as unknown as ContainerState[];
    expect(w('set.iterate', exc('RuntimeError'), sameSize)).toBe(false);
    expect(w('set.iterate', [1, 2, 3], sameSize)).toBe(true);
    expect(w('set.iterate', [1, 5], sameSize)).toBe(false);
    expect(w('set.iterate', exc('RuntimeError'), [[1], [1, 2]] as unknown as ContainerState[])).toBe(true);
  });
});

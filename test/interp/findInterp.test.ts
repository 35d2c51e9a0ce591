import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInterp, findInterpSync, type FindResult } from '../../src/interp/findInterp.ts';
import { fixturePath } from './fixturePath.ts';

/** Copies a fake interpreter to `to` (creating folders), executable. */
const install = (fixture: string, to: string): string => {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(fixturePath(fixture), to);
  chmodSync(to, 0o755);
  return to;
};

const where = (r: FindResult): string => (r.kind === 'found' ? `${r.source}: ${r.info.path}` : r.kind);

describe('findInterp', () => {
  let root: string;
  let cache: string;
  let emptyBin: string;
  let pathWithGilBuild: string;
  let pathWithFreeThreaded: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ftconform-find-'));
    cache = join(root, 'cache');
    // Two finished builds (3.14.0 must win over 3.13.9: newest first) and an unfinished newer one.
    install('free-threaded-fake', join(cache, 'cpython-3.14.0t', 'bin', 'python3.14t'));
    writeFileSync(join(cache, 'cpython-3.14.0t', '.complete'), '');
    install('free-threaded-fake', join(cache, 'cpython-3.13.9t', 'bin', 'python3.13t'));
    writeFileSync(join(cache, 'cpython-3.13.9t', '.complete'), '');
    install('free-threaded-fake', join(cache, 'cpython-3.15.0t', 'bin', 'python3.15t'));
    emptyBin = join(root, 'empty-bin');
    mkdirSync(emptyBin);
    pathWithGilBuild = dirname(install('gil-build-fake', join(root, 'gil-bin', 'python3.13t')));
    pathWithFreeThreaded = dirname(install('free-threaded-fake', join(root, 'ft-bin', 'python3.14t')));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const find = (env: NodeJS.ProcessEnv, usualPlaces: string[] = []) =>
    findInterp({ env: { FTCONFORM_CACHE: cache, PATH: emptyBin, ...env }, usualPlaces });

  it('takes the newest finished build from the cache dir, skipping unfinished ones', async () => {
    expect(where(await find({}))).toBe(`cache: ${join(cache, 'cpython-3.14.0t', 'bin', 'python3.14t')}`);
  });

  it('skips interpreters on PATH that are not free-threaded, saying why', async () => {
    const r = await find({ PATH: pathWithGilBuild });
    expect(where(r)).toMatch(/^cache: /);
    const all = await find({ PATH: pathWithGilBuild, FTCONFORM_CACHE: join(root, 'no-cache') });
    expect(all.kind === 'none' && all.skipped).toEqual([expect.stringMatching(/python3\.13t is Python 3\.13\.5 built with the GIL/)]);
  });

  it('prefers a free-threaded interpreter on PATH to the cache', async () => {
    expect(where(await find({ PATH: `${pathWithGilBuild}:${pathWithFreeThreaded}` })))
      .toBe(`PATH: ${join(pathWithFreeThreaded, 'python3.14t')}`);
  });

  it('looks in the usual places after PATH and before the cache', async () => {
    const usual = fixturePath('free-threaded-fake');
    expect(where(await find({}, [usual]))).toBe(`usual place: ${usual}`);
    expect(where(await find({ PATH: pathWithFreeThreaded }, [usual]))).toMatch(/^PATH: /);
  });

  it('puts FTCONFORM_PYTHON first', async () => {
    const chosen = fixturePath('free-threaded-fake');
    expect(where(await find({ FTCONFORM_PYTHON: chosen, PATH: pathWithFreeThreaded }))).toBe(`FTCONFORM_PYTHON: ${chosen}`);
  });

  it('refuses an unusable FTCONFORM_PYTHON rather than quietly using another', async () => {
    const r = await find({ FTCONFORM_PYTHON: fixturePath('python3.12-fake') });
    expect(r.kind === 'refused' && r.refusal.reason).toMatch(/older than 3\.13/);
  });

  it('finds nothing in an empty world', async () => {
    expect(await find({ FTCONFORM_CACHE: join(root, 'no-cache') })).toEqual({ kind: 'none', skipped: [] });
  });

  it('answers the same when blocking (findInterpSync)', () => {
    const r = findInterpSync({ env: { FTCONFORM_CACHE: cache, PATH: pathWithGilBuild }, usualPlaces: [] });
    expect(where(r)).toBe(`cache: ${join(cache, 'cpython-3.14.0t', 'bin', 'python3.14t')}`);
  });
});

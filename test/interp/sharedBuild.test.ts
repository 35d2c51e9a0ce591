// A build configured with --enable-shared, run from a shell without the LD_LIBRARY_PATH its builder set:
// the fake prefix test/fixtures/interp/shared-build behaves as the loader does (exit 127 naming
// libpython3.13t.so.1.0 unless a folder of LD_LIBRARY_PATH holds it). Nothing is built.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeInterp, probeInterpSync } from '../../src/interp/probeInterp.ts';
import { readProbe } from '../../src/interp/readProbe.ts';
import { missingLibrary, ownLibDir, prependLibraryPath } from '../../src/interp/sharedLibrary.ts';
import { fixturePath } from './fixturePath.ts';

const PREFIX = fixturePath('shared-build');
const PY = join(PREFIX, 'bin', 'python3.13t');
const LOADER = `${PY}: error while loading shared libraries: libpython3.13t.so.1.0: cannot open shared object file: No such file or directory\n`;

// The same layout without its lib/: the library is nowhere to be found.
const work = mkdtempSync(join(tmpdir(), 'ftconform-shared-'));
cpSync(join(PREFIX, 'bin'), join(work, 'bin'), { recursive: true });
const NO_LIB = join(work, 'bin', 'python3.13t');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the loader\'s message', () => {
  it('names the library in full', () => {
    expect(missingLibrary(LOADER)).toBe('libpython3.13t.so.1.0');
    expect(missingLibrary('Traceback (most recent call last):\n')).toBeUndefined();
  });

  it('finds the install\'s own lib/ only when it holds the library', () => {
    expect(ownLibDir(PY, 'libpython3.13t.so.1.0')).toBe(join(PREFIX, 'lib'));
    expect(ownLibDir(PY, 'libssl.so.3')).toBeUndefined();
    expect(ownLibDir(NO_LIB, 'libpython3.13t.so.1.0')).toBeUndefined();
  });

  it('puts the folder first, before the caller\'s LD_LIBRARY_PATH', () => {
    expect(prependLibraryPath('/p/lib', undefined)).toBe('/p/lib');
    expect(prependLibraryPath('/p/lib', '/opt/x')).toBe('/p/lib:/opt/x');
  });

  it('is refused in one line naming the library, not cut short', () => {
    const r = readProbe('/usr/local/python314/bin/python3.13t', { exitCode: 127, timedOut: false, stdout: '', stderr: LOADER }, 1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.reason).toBe('cannot load the shared library libpython3.13t.so.1.0 (the loader does not find it, and /usr/local/python314/lib does not hold it)');
    expect(r.refusal.advice).toContain('LD_LIBRARY_PATH');
  });
});

describe('probing a shared build', () => {
  it.each([['async', probeInterp], ['sync', async (p: string) => probeInterpSync(p)]])(
    '%s: runs it with its own lib/ first on LD_LIBRARY_PATH, and keeps that for every program', async (_, probe) => {
      const saved = process.env.LD_LIBRARY_PATH;
      process.env.LD_LIBRARY_PATH = '/opt/elsewhere';
      try {
        const r = await probe(PY);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.info.sharedLibrary).toEqual({ library: 'libpython3.13t.so.1.0', dir: join(PREFIX, 'lib') });
        expect(r.info.env).toEqual({ LD_LIBRARY_PATH: `${join(PREFIX, 'lib')}:/opt/elsewhere` });
      } finally {
        if (saved === undefined) delete process.env.LD_LIBRARY_PATH;
        else process.env.LD_LIBRARY_PATH = saved;
      }
    });

  it('leaves a build the loader finds alone', async () => {
    const r = await probeInterp(PY, { env: { LD_LIBRARY_PATH: join(PREFIX, 'lib') } });
    expect(r.ok && [r.info.sharedLibrary, r.info.env]).toEqual([undefined, { LD_LIBRARY_PATH: join(PREFIX, 'lib') }]);
  });

  it('refuses one whose library is not in its lib/ either', async () => {
    const r = await probeInterp(NO_LIB);
    expect(!r.ok && r.refusal.reason).toBe(`cannot load the shared library libpython3.13t.so.1.0 (the loader does not find it, and ${join(work, 'lib')} does not hold it)`);
  });
});

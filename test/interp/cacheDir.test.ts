import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureArgs } from '../../src/interp/buildCpython.ts';
import { buildPrefix, cacheDir, COMPLETE_MARKER, prefixInterp } from '../../src/interp/cacheDir.ts';
import { cachedInterps } from '../../src/interp/cachedInterps.ts';

describe('cacheDir', () => {
  it('is $FTCONFORM_CACHE, else $XDG_CACHE_HOME/ftconform, else ~/.cache/ftconform', () => {
    expect(cacheDir({ FTCONFORM_CACHE: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(cacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/ftconform');
    expect(cacheDir({ HOME: '/h' })).toBe('/h/.cache/ftconform');
  });

  it('lays a build out as <cache>/cpython-X.Y.Zt/bin/pythonX.Yt', () => {
    const prefix = buildPrefix('/c', '3.13.5');
    expect(prefix).toBe('/c/cpython-3.13.5t');
    expect(prefixInterp(prefix, '3.13.5')).toBe('/c/cpython-3.13.5t/bin/python3.13t');
  });

  it('puts a ThreadSanitizer build next to the plain one, under a name a plain search of the cache skips', () => {
    expect(buildPrefix('/c', '3.13.15', true)).toBe('/c/cpython-3.13.15t-tsan');
    expect(configureArgs('/c/cpython-3.13.15t-tsan', true)).toEqual(['--disable-gil', '--with-thread-sanitizer',
      '--disable-test-modules', '--prefix=/c/cpython-3.13.15t-tsan', '--without-ensurepip']);
    expect(configureArgs('/c/cpython-3.13.5t', false)).toEqual(['--disable-gil', '--prefix=/c/cpython-3.13.5t', '--without-ensurepip']);
  });

  it('lists finished builds newest first, plain and TSAN apart', () => {
    const cache = mkdtempSync(join(tmpdir(), 'ftconform-cache-'));
    try {
      for (const [name, done] of [['cpython-3.13.5t', true], ['cpython-3.13.15t', true], ['cpython-3.13.15t-tsan', true],
        ['cpython-3.13.5t-tsan', false], ['cpython-3.14.0t', false]] as const) {
        mkdirSync(join(cache, name, 'bin'), { recursive: true });
        if (done) writeFileSync(join(cache, name, COMPLETE_MARKER), '');
      }
      expect(cachedInterps(cache)).toEqual([join(cache, 'cpython-3.13.15t/bin/python3.13t'), join(cache, 'cpython-3.13.5t/bin/python3.13t')]);
      expect(cachedInterps(cache, { tsan: true })).toEqual([join(cache, 'cpython-3.13.15t-tsan/bin/python3.13t')]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildPrefix, cacheDir, prefixInterp } from '../../src/interp/cacheDir.ts';

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
});

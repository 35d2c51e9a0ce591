import { describe, expect, it } from 'vitest';
import { formatCompileProgress, objectFiles } from '../../src/interp/compileProgress.ts';

describe('compile progress', () => {
  it('counts the distinct object files compiler commands name', () => {
    const make = [
      'gcc -pthread -c -fno-strict-overflow -O3 -Wall -I./Include -DPy_BUILD_CORE -o Programs/python.o ./Programs/python.c',
      'gcc -pthread -c -O3 -I./Include -o Parser/token.o Parser/token.c',
      'gcc -pthread -fPIC -c ./Modules/_struct.c -o Modules/_struct.o',
      'gcc -pthread -c -O3 -o Parser/token.o Parser/token.c', // the same object twice (make -n lists it once per rule)
      'gcc -pthread -shared Modules/_struct.o -o Modules/_struct.cpython-313t-x86_64-linux-gnu.so', // a link, not an object
      'ar rcs libpython3.13t.a Modules/getbuildinfo.o',
    ].join('\n');
    expect([...objectFiles(make)].sort()).toEqual(['Modules/_struct.o', 'Parser/token.o', 'Programs/python.o']);
  });

  it('says how far the compile is, and the time left at the pace so far', () => {
    expect(formatCompileProgress(0, 358, 5_000)).toBe('compiled 0 / 358 objects (0 %)');
    expect(formatCompileProgress(43, 358, 45_000)).toBe('compiled 43 / 358 objects (12 %), about 5:29 left');
    expect(formatCompileProgress(400, 358, 200_000)).toBe('compiled 358 / 358 objects (100 %)');
  });
});

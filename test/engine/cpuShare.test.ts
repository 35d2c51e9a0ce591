import { describe, expect, it } from 'vitest';
import { createCpuShare } from '../../src/engine/cpuShare.ts';

describe('cpuShare', () => {
  it('gives programs side by side different CPUs, and frees them when a program ends', () => {
    const share = createCpuShare();
    const a = share.claim(2, 4);
    const b = share.claim(2, 4);
    expect(a.cpus).toEqual([0, 1]);
    expect(b.cpus).toEqual([2, 3]);
    a.release();
    expect(share.claim(2, 4).cpus).toEqual([0, 1]);
  });

  it('claims none (the program will not pin) when too few CPUs are free', () => {
    const share = createCpuShare();
    expect(share.claim(3, 2).cpus).toEqual([]);
    share.claim(2, 3);
    const none = share.claim(2, 3);
    expect(none.cpus).toEqual([]);
    none.release();
    expect(share.claim(1, 3).cpus).toEqual([2]);
  });
});

import { describe, expect, it } from 'vitest';
import { makeProgress } from '../../src/interp/progress.ts';

describe('makeProgress', () => {
  it('prefixes each line with the whole seconds since the start', () => {
    const lines: string[] = [];
    let now = 1_000;
    const progress = makeProgress((l) => lines.push(l), () => now);
    progress('download');
    now += 125_400;
    progress('compile: done');
    expect(lines).toEqual(['[   0s] download', '[ 125s] compile: done']);
  });
});

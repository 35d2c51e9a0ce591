import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeProgram } from '../../src/run/writeProgram.ts';

describe('writeProgram', () => {
  it('writes to a fresh temp file when no path is given', async () => {
    const path = await writeProgram('print(1)\n');
    expect(path).toMatch(/ftconform-.*program\.py$/);
    expect(readFileSync(path, 'utf8')).toBe('print(1)\n');
  });

  it('creates the folders of a given path', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'ftconform-test-')), 'a', 'b', 'dict-7.py');
    expect(await writeProgram("x = 'é'\n", target)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe("x = 'é'\n");
  });
});

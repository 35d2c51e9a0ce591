import { execa } from 'execa';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Observed } from './serialSequence.ts';

export interface SerialInterp {
  readonly path: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs a rendered serial program; `observed[s][i]` is what operation i of sequence s did. */
export const runSerial = async (interp: SerialInterp, program: string, count: number): Promise<Observed[][]> => {
  const dir = mkdtempSync(join(tmpdir(), 'ftconform-serial-'));
  try {
    const file = join(dir, 'serial.py');
    writeFileSync(file, program);
    const run = await execa(interp.path, [file], { env: interp.env, timeout: 60_000, reject: false });
    if (run.exitCode !== 0) {
      throw new Error(`${interp.path} exited ${run.exitCode ?? run.signal}: ${run.stderr.slice(-2000)}`);
    }
    const observed: Observed[][] = Array.from({ length: count }, () => []);
    for (const line of run.stdout.split('\n')) {
      if (line === '') continue;
      const [s, i, result, state] = line.split('\t');
      observed[Number(s)][Number(i)] = { result, state };
    }
    return observed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The machine's python3: any CPython 3 runs the generated programs (no free threading needed here). */
export const PYTHON = 'python3';

export interface PythonRun {
  readonly exitCode?: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Writes `source` to a temp file and runs it with `args`; never throws on a non-zero exit. */
export const runPython = async (source: string, args: readonly string[] = [], input?: string): Promise<PythonRun> => {
  const dir = await mkdtemp(join(tmpdir(), 'ftconform-render-'));
  try {
    const file = join(dir, 'program.py');
    await writeFile(file, source);
    const r = await execa(PYTHON, [file, ...args], { reject: false, timeout: 60_000, input });
    return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** The JSON lines a program printed. */
export const jsonLines = (stdout: string): Record<string, unknown>[] =>
  stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

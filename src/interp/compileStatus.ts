import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import { formatCompileProgress, objectFiles } from './compileProgress.ts';

/**
 * A status line for the compile step: objects in make's log so far out of those `make -n` lists
 * (a dry run: seconds). Undefined when the dry run tells nothing, so the step says 'still running'.
 */
export const compileStatus = async (src: string, log: string): Promise<((elapsedMs: number) => string) | undefined> => {
  const dry = await execa('make', ['-n'], { cwd: src, reject: false, stdin: 'ignore', maxBuffer: 64 * 1024 * 1024 });
  const total = objectFiles(String(dry.stdout ?? '')).size;
  if (total === 0) return undefined;
  return (elapsedMs) => {
    let text = '';
    try {
      text = readFileSync(log, 'utf8');
    } catch {
      // not written yet
    }
    return formatCompileProgress(objectFiles(text).size, total, elapsedMs);
  };
};

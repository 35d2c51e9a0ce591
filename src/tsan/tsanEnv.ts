import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InterpInfo } from '../results/interpInfo.ts';
import { HARNESS_SUPPRESSIONS } from './harnessSuppressions.ts';
import { tsanOptions } from './tsanOptions.ts';

const written = new Map<string, string>();

/**
 * The suppressions file a run uses: the interpreter's own CPython file plus ftconform's harness lines,
 * written once per content into the temp dir (TSAN takes a single file).
 */
export const suppressionsFile = (interp: InterpInfo): string => {
  const own = interp.tsanSuppressions !== undefined && existsSync(interp.tsanSuppressions)
    ? readFileSync(interp.tsanSuppressions, 'utf8') : '';
  const text = `${own.trimEnd()}\n\n## ftconform's harness (src/tsan/harnessSuppressions.ts)\n${HARNESS_SUPPRESSIONS.join('\n')}\n`;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  let file = written.get(hash);
  if (file === undefined) {
    file = join(tmpdir(), `ftconform-tsan-${hash}.supp`);
    if (!existsSync(file)) writeFileSync(file, text);
    written.set(hash, file);
  }
  return file;
};

/** The environment a program needs on this interpreter: TSAN_OPTIONS on a ThreadSanitizer build, nothing otherwise. */
export const tsanEnv = (interp: InterpInfo, env: NodeJS.ProcessEnv = process.env): Record<string, string> =>
  interp.tsan ? { TSAN_OPTIONS: tsanOptions(suppressionsFile(interp), env.TSAN_OPTIONS) } : {};

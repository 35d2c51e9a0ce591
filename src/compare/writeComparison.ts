import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Comparison } from './comparison.ts';
import { formatComparison } from './formatComparison.ts';

/** Writes reports/compare.json (the data) and reports/compare.txt (as printed); returns their paths. */
export const writeComparison = async (c: Comparison, reportsDir: string): Promise<readonly [string, string]> => {
  await mkdir(reportsDir, { recursive: true });
  const json = join(reportsDir, 'compare.json');
  const text = join(reportsDir, 'compare.txt');
  await Promise.all([writeFile(json, `${JSON.stringify(c, null, 2)}\n`), writeFile(text, `${formatComparison(c)}\n`)]);
  return [json, text];
};

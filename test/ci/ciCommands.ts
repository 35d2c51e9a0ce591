import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseArgs } from '../../src/options/parseArgs.ts';
import type { Options } from '../../src/options/options.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const read = (file: string): string => readFileSync(`${root}${file}`, 'utf8');

/**
 * The commands the README says a CI configuration runs: the lines of the code block after
 * `<!-- ci-commands: FILE -->` (comments and blank lines left out).
 */
export const readmeCommands = (file: string): string[] => {
  const readme = read('README.md');
  const marker = `<!-- ci-commands: ${file} -->`;
  const at = readme.indexOf(marker);
  if (at === -1) throw new Error(`README.md has no ${marker} block`);
  const block = /```\w*\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? '';
  return block.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
};

/** A command line with the engine's variables (`${{ expr }}`, `$NAME`) filled in from `values`. */
export const expand = (command: string, values: Readonly<Record<string, string>>): string =>
  command.replace(/\$\{\{\s*([\w.-]+)\s*\}\}|\$(\w+)/g, (_, expr: string | undefined, name: string | undefined) => {
    const key = expr ?? name!;
    if (!(key in values)) throw new Error(`no value for ${key} in ${command}`);
    return values[key];
  });

/**
 * What ftconform makes of an `npx ftconform …` command in the engine's environment: the real
 * argument parser, so that a flag the CLI does not take (or a shard it cannot resolve) fails here.
 */
export const ftconformOptions = (command: string, values: Readonly<Record<string, string>>, env: Record<string, string>):
  { command?: string; options: Options; inputs: readonly string[] } => {
  const words = expand(command, values).split(/\s+/);
  expect(words.slice(0, 2)).toEqual(['npx', 'ftconform']);
  return parseArgs(words.slice(2), env, { allowCommand: true });
};

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

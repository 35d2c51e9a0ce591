import { readFileSync } from 'node:fs';
import { packageFile } from '../package/packageFile.ts';

export const templatesDir = `${packageFile('templates')}/`;

const cache = new Map<string, string>();

/** Template text and its file name (EJS resolves includes relative to it). */
export const loadTemplate = (name: string): { text: string; filename: string } => {
  const filename = templatesDir + name;
  let text = cache.get(filename);
  if (text === undefined) cache.set(filename, (text = readFileSync(filename, 'utf8')));
  return { text, filename };
};

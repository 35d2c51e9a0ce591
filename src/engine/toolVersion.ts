import { readFileSync } from 'node:fs';
import { packageFile } from '../package/packageFile.ts';

let cached: string | undefined;

/** 'ftconform 0.1.0', from package.json: shards of one run must come from the same tool. */
export const toolVersion = (): string => {
  cached ??= `ftconform ${(JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version}`;
  return cached;
};

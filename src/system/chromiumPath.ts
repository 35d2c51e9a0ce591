import { existsSync } from 'node:fs';
import { lookPath } from '../interp/lookPath.ts';

/** Debian's chromium, the one CHROMIUM names, or one on PATH; undefined when there is none. */
export const findChromium = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env.CHROMIUM) return existsSync(env.CHROMIUM) ? env.CHROMIUM : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return lookPath('chromium', env) ?? lookPath('chromium-browser', env);
};

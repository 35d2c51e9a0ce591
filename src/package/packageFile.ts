import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root: the nearest folder above this file with a package.json. The same code runs from
 * the checkout (src/package/) and compiled in an installed package (dist/src/package/), at different
 * depths; templates/, known-issues/ and package.json sit at the root in both.
 */
const findRoot = (): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let d = here; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) throw new Error(`no package.json above ${here}`);
  }
};

let root: string | undefined;

/** Absolute path of a file shipped with ftconform ('templates/probe.py', 'package.json'). */
export const packageFile = (...parts: string[]): string => join((root ??= findRoot()), ...parts);

#!/usr/bin/env node
// Installed from the package: the compiled JavaScript in dist/ (no TypeScript at run time). In a checkout
// (src/ is there, and tsx with the dev dependencies): the TypeScript sources, compiled by tsx on load, so
// that an edit needs no build step and a stale dist/ is never what runs.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);

const tsx = existsSync(source) ? await import('tsx/esm/api').catch(() => undefined) : undefined;
if (tsx) {
  tsx.register();
  await import(source.href);
} else if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  process.stderr.write('ftconform: no compiled code (dist/) and no tsx to run the sources: run `npm ci` (checkout) or reinstall the package\n');
  process.exitCode = 2;
}

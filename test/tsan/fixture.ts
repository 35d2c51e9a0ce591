import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A captured stderr from test/fixtures/tsan/. */
export const tsanFixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/tsan/${name}`, import.meta.url)), 'utf8');

import { fileURLToPath } from 'node:url';

/** Absolute path of a fake interpreter under test/fixtures/interp/. */
export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/interp/${name}`, import.meta.url));

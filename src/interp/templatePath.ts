import { fileURLToPath } from 'node:url';

/** Absolute path of a file under templates/, wherever the checkout is. */
export const templatePath = (name: string): string =>
  fileURLToPath(new URL(`../../templates/${name}`, import.meta.url));

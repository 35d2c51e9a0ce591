import { packageFile } from '../package/packageFile.ts';

/** Absolute path of a file under templates/, wherever the checkout is. */
export const templatePath = (name: string): string =>
  packageFile('templates', name);

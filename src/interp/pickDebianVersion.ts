/** Every `Version:` of an `apt-cache showsrc` answer (one stanza per suite that carries the package). */
export const showsrcVersions = (text: string): string[] =>
  [...text.matchAll(/^Version:\s*(\S+)\s*$/gm)].map((m) => m[1]);

/** The upstream part of a Debian version: '3.13.5' of '3.13.5-2+deb13u5' (epoch and revision dropped). */
export const upstreamOf = (debianVersion: string): string =>
  debianVersion.replace(/^\d+:/, '').replace(/-[^-]*$/, '');

/** The Debian version that packages upstream `version` (the first one listed), or undefined. Pure. */
export const pickDebianVersion = (versions: readonly string[], version: string): string | undefined =>
  versions.find((v) => upstreamOf(v) === version);

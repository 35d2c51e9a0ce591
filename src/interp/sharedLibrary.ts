import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The library the dynamic loader could not find, from its message (glibc's ld.so prints
 * "PROG: error while loading shared libraries: libpython3.13t.so.1.0: cannot open shared object file: …"
 * and exits 127 before Python starts). Pure.
 */
export const missingLibrary = (stderr: string): string | undefined =>
  /error while loading shared libraries: ([^:\s]+): cannot open shared object file/.exec(stderr)?.[1];

/**
 * The install's own lib/ (PREFIX/lib beside PREFIX/bin) when it holds `library`: where `make install`
 * puts libpython of a build configured with --enable-shared, which the loader does not search unless
 * the build was linked with an rpath or the folder is in ld.so.conf. The interpreter's real path first
 * (/usr/local/bin/python3.14t may be a link into the prefix), then the path as given.
 */
export const ownLibDir = (interpPath: string, library: string): string | undefined => {
  let real = interpPath;
  try {
    real = realpathSync(interpPath);
  } catch {
    // A path that cannot be resolved is taken as it is.
  }
  return [real, interpPath].map((p) => join(dirname(dirname(p)), 'lib')).find((dir) => existsSync(join(dir, library)));
};

/** LD_LIBRARY_PATH with `dir` first, before whatever the caller's environment had. Pure. */
export const prependLibraryPath = (dir: string, current: string | undefined): string =>
  current ? `${dir}:${current}` : dir;

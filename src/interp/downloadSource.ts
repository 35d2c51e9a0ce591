import { aptGetSource } from './aptGetSource.ts';
import { fetchPythonOrg } from './fetchPythonOrg.ts';
import type { Progress } from './progress.ts';
import { ProvisionError } from './provisionError.ts';

/** Gets a CPython source tarball (the newest, or exactly `version`) into `workDir`: Debian's source package first, then python.org. */
export const downloadSource = async (workDir: string, progress: Progress, version?: string): Promise<string> => {
  const tarball = (await aptGetSource(workDir, progress, version))
    ?? (await fetchPythonOrg(workDir, progress, undefined, version));
  if (tarball === undefined) {
    throw new ProvisionError(version === undefined
      ? 'cannot download CPython source (neither deb.debian.org nor python.org answered); pass --interp PATH to a free-threaded python3.13t instead'
      : `cannot download CPython ${version} (neither Debian's archive nor python.org delivered it); pass --interp PATH, or a --python-version the archive serves`);
  }
  return tarball;
};

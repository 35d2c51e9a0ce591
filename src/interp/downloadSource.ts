import { aptGetSource } from './aptGetSource.ts';
import { fetchPythonOrg } from './fetchPythonOrg.ts';
import type { Progress } from './progress.ts';
import { ProvisionError } from './provisionError.ts';

/** Gets a CPython source tarball into `workDir`: Debian's source package first, then python.org. */
export const downloadSource = async (workDir: string, progress: Progress): Promise<string> => {
  const tarball = (await aptGetSource(workDir, progress)) ?? (await fetchPythonOrg(workDir, progress));
  if (tarball === undefined) {
    throw new ProvisionError(
      'cannot download CPython source (neither deb.debian.org nor python.org answered); pass --interp PATH to a free-threaded python3.13t instead',
    );
  }
  return tarball;
};

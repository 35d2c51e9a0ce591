import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { lookPath } from './lookPath.ts';
import type { Progress } from './progress.ts';
import { ProvisionError } from './provisionError.ts';

export interface BuildDep {
  /** Debian package that provides it. */
  readonly pkg: string;
  /** Without it there is no build; without the others some stdlib modules (ssl, zlib, ctypes) are left out. */
  readonly required: boolean;
  readonly present: () => boolean;
}

const header = (name: string): boolean => {
  if (existsSync(join('/usr/include', name))) return true;
  // Debian puts some headers under the multiarch triplet, e.g. /usr/include/x86_64-linux-gnu/ffi.h.
  try {
    return readdirSync('/usr/include').some((d) => d.endsWith('-linux-gnu') && existsSync(join('/usr/include', d, name)));
  } catch {
    return false;
  }
};

export const BUILD_DEPS: readonly BuildDep[] = [
  { pkg: 'gcc', required: true, present: () => lookPath('gcc') !== undefined },
  { pkg: 'make', required: true, present: () => lookPath('make') !== undefined },
  { pkg: 'xz-utils', required: true, present: () => lookPath('xz') !== undefined },
  // `apt-get source` wants it; a python.org download does not.
  { pkg: 'dpkg-dev', required: false, present: () => lookPath('dpkg-source') !== undefined },
  { pkg: 'libssl-dev', required: false, present: () => header('openssl/ssl.h') },
  { pkg: 'zlib1g-dev', required: false, present: () => header('zlib.h') },
  { pkg: 'libffi-dev', required: false, present: () => header('ffi.h') },
];

/** gcc's ThreadSanitizer runtime (Debian's libtsan2, pulled in by gcc 12 on amd64): a TSAN build needs it. */
const libtsan = (): boolean => {
  try {
    return ['/usr/lib', '/lib'].some((root) => readdirSync(root).some((d) => d.endsWith('-linux-gnu')
      && readdirSync(join(root, d)).some((f) => /^libtsan\.so\.\d+$/.test(f))));
  } catch {
    return false;
  }
};

export const TSAN_DEPS: readonly BuildDep[] = [{ pkg: 'libtsan2', required: true, present: libtsan }];

export const missingBuildDeps = (o: { readonly tsan?: boolean } = {}): BuildDep[] =>
  [...BUILD_DEPS, ...(o.tsan ? TSAN_DEPS : [])].filter((d) => !d.present());

const isRoot = (): boolean => process.getuid?.() === 0;

/** Installs missing build dependencies when root (apt-get); otherwise names them and fails if a required one lacks. */
export const ensureBuildDeps = async (progress: Progress, o: { readonly tsan?: boolean } = {}): Promise<void> => {
  let missing = missingBuildDeps(o);
  if (missing.length === 0) return;
  const names = missing.map((d) => d.pkg);
  if (isRoot() && lookPath('apt-get')) {
    progress(`build deps: installing ${names.join(' ')} (apt-get)`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    await execa('apt-get', ['update', '-qq'], { env, stdio: 'ignore', reject: false });
    const r = await execa('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { env, all: true, reject: false });
    if (r.failed) progress(`build deps: apt-get install failed: ${String(r.all ?? '').trim().split('\n').pop()}`);
    missing = missingBuildDeps(o);
  }
  const required = missing.filter((d) => d.required).map((d) => d.pkg);
  const optional = missing.filter((d) => !d.required).map((d) => d.pkg);
  if (optional.length > 0) progress(`build deps: missing ${optional.join(' ')} (the build goes on without them)`);
  if (required.length > 0) {
    throw new ProvisionError(
      `cannot build CPython: missing ${required.join(', ')}; install them (apt-get install ${required.join(' ')}) or run as root`,
    );
  }
};

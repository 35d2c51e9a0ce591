import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { buildPrefix, COMPLETE_MARKER, prefixInterp } from './cacheDir.ts';
import type { Progress } from './progress.ts';
import { ProvisionError } from './provisionError.ts';
import { compileStatus } from './compileStatus.ts';
import { runStep } from './runStep.ts';

export interface BuildOptions {
  readonly tarball: string;
  readonly workDir: string;
  readonly cache: string;
  readonly progress: Progress;
  readonly jobs?: number;
}

/** Unpacks, configures with --disable-gil, compiles and installs into <cache>/cpython-X.Y.Zt; returns the interpreter. */
export const buildCpython = async (o: BuildOptions): Promise<string> => {
  const srcRoot = join(o.workDir, 'src');
  mkdirSync(srcRoot, { recursive: true });
  o.progress(`unpack: ${o.tarball}`);
  await execa('tar', ['-xf', o.tarball, '-C', srcRoot]);
  const top = readdirSync(srcRoot).map((d) => /^Python-(\d+\.\d+\.\d+)$/.exec(d)).find((m) => m !== null);
  if (!top) throw new ProvisionError(`unexpected source layout in ${o.tarball} (no Python-X.Y.Z directory)`);
  const [dirName, version] = top;
  const src = join(srcRoot, dirName);
  const prefix = buildPrefix(o.cache, version);
  // A prefix without the marker is a half-finished install: start it over.
  rmSync(prefix, { recursive: true, force: true });
  const step = { cwd: src, progress: o.progress };
  // pip is not needed to run the generated programs, and ensurepip adds a slow step to every install.
  await runStep('configure', './configure', ['--disable-gil', `--prefix=${prefix}`, '--without-ensurepip'],
    { ...step, log: join(o.workDir, 'configure.log') });
  const makeLog = join(o.workDir, 'make.log');
  await runStep('compile', 'make', [`-j${o.jobs ?? availableParallelism()}`], { ...step, log: makeLog, status: await compileStatus(src, makeLog) });
  await runStep('install', 'make', ['install'], { ...step, log: join(o.workDir, 'install.log') });
  writeFileSync(join(prefix, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  return prefixInterp(prefix, version);
};

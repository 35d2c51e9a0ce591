import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  /** Configure --with-thread-sanitizer too, into <cache>/cpython-X.Y.Zt-tsan. Default false. */
  readonly tsan?: boolean;
}

/** Where a TSAN build keeps its own version's suppressions file (templates/probe.py looks there). */
export const SUPPRESSIONS_IN_PREFIX = join('share', 'ftconform', 'suppressions_free_threading.txt');

/** configure's flags: free threading always; ThreadSanitizer (with whatever $CC is, gcc by default) when asked. */
export const configureArgs = (prefix: string, tsan: boolean): string[] => [
  '--disable-gil',
  // Without the test suite a TSAN build installs in a fraction of the time: `make install` byte-compiles
  // every module three times with the (5-20× slower) TSAN interpreter itself.
  ...(tsan ? ['--with-thread-sanitizer', '--disable-test-modules'] : []),
  `--prefix=${prefix}`,
  // pip is not needed to run the generated programs, and ensurepip adds a slow step to every install.
  '--without-ensurepip',
];

/**
 * Unpacks, configures with --disable-gil (and --with-thread-sanitizer when asked), compiles and installs
 * into <cache>/cpython-X.Y.Zt (or …t-tsan); returns the interpreter.
 */
export const buildCpython = async (o: BuildOptions): Promise<string> => {
  const srcRoot = join(o.workDir, 'src');
  mkdirSync(srcRoot, { recursive: true });
  o.progress(`unpack: ${o.tarball}`);
  await execa('tar', ['-xf', o.tarball, '-C', srcRoot]);
  const top = readdirSync(srcRoot).map((d) => /^Python-(\d+\.\d+\.\d+)$/.exec(d)).find((m) => m !== null);
  if (!top) throw new ProvisionError(`unexpected source layout in ${o.tarball} (no Python-X.Y.Z directory)`);
  const [dirName, version] = top;
  const src = join(srcRoot, dirName);
  const tsan = o.tsan ?? false;
  const prefix = buildPrefix(o.cache, version, tsan);
  // A prefix without the marker is a half-finished install: start it over.
  rmSync(prefix, { recursive: true, force: true });
  const step = { cwd: src, progress: o.progress };
  await runStep('configure', './configure', configureArgs(prefix, tsan), { ...step, log: join(o.workDir, 'configure.log') });
  const makeLog = join(o.workDir, 'make.log');
  await runStep('compile', 'make', [`-j${o.jobs ?? availableParallelism()}`], { ...step, log: makeLog, status: await compileStatus(src, makeLog) });
  await runStep('install', 'make', ['install'], { ...step, log: join(o.workDir, 'install.log') });
  if (tsan) {
    // The source tree goes away after the build; the suppressions of this very version stay with it.
    const own = join(src, 'Tools', 'tsan', 'suppressions_free_threading.txt');
    if (!existsSync(own)) throw new ProvisionError(`no Tools/tsan/suppressions_free_threading.txt in CPython ${version}'s source`);
    mkdirSync(join(prefix, 'share', 'ftconform'), { recursive: true });
    copyFileSync(own, join(prefix, SUPPRESSIONS_IN_PREFIX));
  }
  writeFileSync(join(prefix, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  return prefixInterp(prefix, version);
};

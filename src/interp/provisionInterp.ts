import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InterpInfo } from '../results/interpInfo.ts';
import { buildCpython } from './buildCpython.ts';
import { ensureBuildDeps } from './buildDeps.ts';
import { cacheDir } from './cacheDir.ts';
import { cachedInterps } from './cachedInterps.ts';
import { checkInterp } from './checkInterp.ts';
import { downloadSource } from './downloadSource.ts';
import { findInterp, type FindOptions } from './findInterp.ts';
import type { CandidateSource } from './interpCandidates.ts';
import { formatRefusal, InterpRefusedError } from './interpRefusal.ts';
import type { Progress } from './progress.ts';
import { ProvisionError } from './provisionError.ts';

export interface Provisioned {
  readonly info: InterpInfo;
  /** Where it came from: found somewhere, or 'built' just now. */
  readonly source: CandidateSource | 'built';
  readonly seconds: number;
}

export interface ProvisionOptions extends FindOptions {
  /** Exactly this CPython version (X.Y.Z): a build of it in the cache, or one built now. */
  readonly version?: string;
  /** A ThreadSanitizer build (<cache>/cpython-X.Y.Zt-tsan): one in the cache, or one built now. */
  readonly tsan?: boolean;
}

/** Downloads the source (newest, or `version`) and builds it into the cache; returns the checked interpreter. */
const build = async (progress: Progress, o: ProvisionOptions, version: string | undefined): Promise<InterpInfo> => {
  const cache = cacheDir(o.env ?? process.env);
  const what = `${o.tsan ? 'a ThreadSanitizer build of ' : ''}${version === undefined ? 'CPython' : `CPython ${version}`}`;
  progress(`building ${what} into ${cache} (${o.tsan ? 'ten minutes or more' : 'a few minutes'}, once)`);
  await ensureBuildDeps(progress, { tsan: o.tsan });
  // One work dir per process, so that two builds at once do not trample each other's files.
  const workDir = join(cache, `build-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const tarball = await downloadSource(workDir, progress, version);
  const path = await buildCpython({ tarball, workDir, cache, progress, tsan: o.tsan });
  const checked = await checkInterp(path, { allowGil: o.allowGil, timeoutMs: o.timeoutMs });
  if (!checked.ok) throw new ProvisionError(`the interpreter just built is unusable: ${formatRefusal(checked.refusal)}`);
  if (version !== undefined && checked.info.version !== version) {
    throw new ProvisionError(`asked for CPython ${version} but the source built ${checked.info.version} (${path})`);
  }
  // The logs are only worth keeping when something went wrong.
  rmSync(workDir, { recursive: true, force: true });
  return checked.info;
};

/** A finished build of the wanted kind (and version, if given) in the cache dir, newest first. */
const fromCache = async (o: ProvisionOptions): Promise<InterpInfo | undefined> => {
  for (const path of cachedInterps(cacheDir(o.env ?? process.env), { tsan: o.tsan })) {
    const checked = await checkInterp(path, { allowGil: o.allowGil, timeoutMs: o.timeoutMs });
    if (checked.ok && (o.version === undefined || checked.info.version === o.version)
      && (checked.info.tsan ?? false) === (o.tsan ?? false)) return checked.info;
  }
  return undefined;
};

/**
 * Finds a free-threaded interpreter (see findInterp) or builds one into the cache dir. With `version`
 * or `tsan`, only the cache counts: a build of that version (a ThreadSanitizer one for `tsan`), else one
 * is built; `tsan` without a version builds the version a plain run would use (the same source).
 */
export const provisionInterp = async (progress: Progress, o: ProvisionOptions = {}): Promise<Provisioned> => {
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  if (o.version !== undefined || o.tsan) {
    const cached = await fromCache(o);
    if (cached) return { info: cached, source: 'cache', seconds: seconds() };
    let version = o.version;
    if (version === undefined) {
      const plain = await findInterp(o);
      if (plain.kind === 'found') version = plain.info.version;
    }
    return { info: await build(progress, o, version), source: 'built', seconds: seconds() };
  }
  const found = await findInterp(o);
  if (found.kind === 'found') return { info: found.info, source: found.source, seconds: seconds() };
  if (found.kind === 'refused') throw new InterpRefusedError(found.refusal);
  for (const line of found.skipped) progress(`skipped ${line}`);
  progress('no free-threaded CPython found');
  return { info: await build(progress, o, undefined), source: 'built', seconds: seconds() };
};

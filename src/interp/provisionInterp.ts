import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InterpInfo } from '../results/interpInfo.ts';
import { buildCpython } from './buildCpython.ts';
import { ensureBuildDeps } from './buildDeps.ts';
import { cacheDir } from './cacheDir.ts';
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

/** Finds a free-threaded interpreter (see findInterp) or builds one into the cache dir. */
export const provisionInterp = async (progress: Progress, o: FindOptions = {}): Promise<Provisioned> => {
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  const found = await findInterp(o);
  if (found.kind === 'found') return { info: found.info, source: found.source, seconds: seconds() };
  if (found.kind === 'refused') throw new InterpRefusedError(found.refusal);
  for (const line of found.skipped) progress(`skipped ${line}`);

  const cache = cacheDir(o.env ?? process.env);
  progress(`no free-threaded CPython found; building one into ${cache} (a few minutes, once)`);
  await ensureBuildDeps(progress);
  // One work dir per process, so that two builds at once do not trample each other's files.
  const workDir = join(cache, `build-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const tarball = await downloadSource(workDir, progress);
  const path = await buildCpython({ tarball, workDir, cache, progress });
  const checked = await checkInterp(path, { allowGil: o.allowGil, timeoutMs: o.timeoutMs });
  if (!checked.ok) throw new ProvisionError(`the interpreter just built is unusable: ${formatRefusal(checked.refusal)}`);
  // The logs are only worth keeping when something went wrong.
  rmSync(workDir, { recursive: true, force: true });
  return { info: checked.info, source: 'built', seconds: seconds() };
};

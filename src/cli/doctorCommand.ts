import { cacheDir } from '../interp/cacheDir.ts';
import { cachedInterps } from '../interp/cachedInterps.ts';
import { checkInterps } from '../interp/checkInterps.ts';
import { doctor } from '../interp/doctor.ts';
import { ProbeFailure } from '../interp/probeFailure.ts';
import { reportDoctorFailure } from './doctorFailure.ts';
import { findInterp } from '../interp/findInterp.ts';
import { formatDoctor } from '../interp/formatDoctor.ts';
import { InterpRefusedError } from '../interp/interpRefusal.ts';
import { probeTimeoutMs } from '../interp/probeTimeout.ts';
import { ProvisionError } from '../interp/provisionError.ts';
import type { Options } from '../options/options.ts';
import type { InterpInfo } from '../results/interpInfo.ts';

/** Each --interp, else one found; doctor never builds (that takes minutes): `provision` does. */
const doctorInterps = async (options: Options, env: NodeJS.ProcessEnv): Promise<InterpInfo[]> => {
  const check = { allowGil: options.allowGil, timeoutMs: probeTimeoutMs(env) };
  if (options.interps.length > 0) return checkInterps(options.interps, check);
  if (options.tsan) {
    const [tsan] = cachedInterps(cacheDir(env), { tsan: true });
    if (tsan) return checkInterps([tsan], check);
    throw new ProvisionError('no ThreadSanitizer build in the cache; run `ftconform provision --tsan` (or pass --interp PATH)');
  }
  const found = await findInterp({ ...check, env });
  if (found.kind === 'found') return [found.info];
  if (found.kind === 'refused') throw new InterpRefusedError(found.refusal);
  throw new ProvisionError(
    'no free-threaded CPython found ($FTCONFORM_PYTHON, PATH, usual places, cache); pass --interp PATH or run `ftconform provision`',
  );
};

/**
 * `ftconform doctor`: prints a report per interpreter; a refused interpreter exits 2, one that crashes or hangs in
 * the experiment is a finding (exit 1, reports written).
 */
export const doctorCommand = async (options: Options, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  const startedAt = new Date();
  for (const info of await doctorInterps(options, env)) {
    const report = await doctor(info).catch((e: unknown) => e instanceof ProbeFailure ? e : Promise.reject(e));
    if (report instanceof ProbeFailure) return reportDoctorFailure(report, info, options, startedAt);
    process.stdout.write(`${formatDoctor(report)}\n`);
  }
  return 0;
};

import type { InterpInfo } from '../results/interpInfo.ts';
import { compareVersions } from '../catalogue/compareVersions.ts';
import { refuse, type InterpCheck } from './interpRefusal.ts';

/** Free threading (PEP 703) first shipped in 3.13. */
export const MIN_VERSION = '3.13';

const GET_ONE = 'use a free-threaded python3.13t or newer (configured with --disable-gil), or run `ftconform provision`';

/** Decides whether a probed interpreter can check the guarantees. Pure. */
export const judgeInterp = (info: InterpInfo, policy: { readonly allowGil: boolean }): InterpCheck => {
  if (compareVersions(info.version, MIN_VERSION) < 0) {
    return refuse(info.path, `is Python ${info.version}, older than ${MIN_VERSION} (no free-threaded build exists)`, GET_ONE);
  }
  if (!info.freeThreaded) {
    return refuse(info.path, `is Python ${info.version} built with the GIL (Py_GIL_DISABLED is not set)`, GET_ONE);
  }
  // With the GIL on, races the guarantees are about can hardly happen: a pass would prove little.
  if (info.gilEnabled && !policy.allowGil) {
    return refuse(
      info.path,
      `is free-threaded but its GIL is on at run time (PYTHON_GIL=1, -X gil=1, or an extension enabled it)`,
      'unset PYTHON_GIL, or pass --allow-gil to run anyway (results become inconclusive)',
    );
  }
  return { ok: true, info };
};

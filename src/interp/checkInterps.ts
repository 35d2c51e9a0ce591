import type { InterpInfo } from '../results/interpInfo.ts';
import { checkInterp, type CheckOptions } from './checkInterp.ts';
import { InterpRefusedError } from './interpRefusal.ts';

/** Checks each given interpreter in turn; the first refusal throws InterpRefusedError (exit code 2). */
export const checkInterps = async (paths: readonly string[], o: CheckOptions): Promise<InterpInfo[]> => {
  const infos: InterpInfo[] = [];
  for (const path of paths) {
    const checked = await checkInterp(path, o);
    if (!checked.ok) throw new InterpRefusedError(checked.refusal);
    infos.push(checked.info);
  }
  return infos;
};

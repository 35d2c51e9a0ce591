import { interpLabel, type InterpInfo } from '../../results/interpInfo.ts';

/**
 * interpLabel plus any extra environment other than PYTHON_GIL (which the label already shows as
 * [GIL on]), so two runs of one interpreter under different settings get different names.
 */
export const interpName = (i: InterpInfo): string => {
  const env = Object.entries(i.env ?? {})
    .filter(([k]) => k !== 'PYTHON_GIL')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
  return env.length === 0 ? interpLabel(i) : `${interpLabel(i)} ${env.join(' ')}`;
};

import type { InterpInfo } from '../results/interpInfo.ts';

const quote = (s: string) => (/^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The command that replays a case: `--seed=` form because seeds can be negative. */
export const replayCommand = (interp: InterpInfo, seed: number, path: string, suite: string): string => {
  const env = Object.entries(interp.env ?? {}).map(([k, v]) => `${k}=${quote(v)} `).join('');
  return `${env}npm test -- --interp ${quote(interp.path)} --seed=${seed} --path=${path} --suite ${quote(suite)}`
    + (interp.gilEnabled ? ' --allow-gil' : '');
};

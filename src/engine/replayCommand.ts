import type { InterpInfo } from '../results/interpInfo.ts';

const quote = (s: string) => (/^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * The command that replays a case: `ftconform run` (no type check, no unit tests; `npm test -- …` takes
 * the same flags). The `--seed=` form because seeds can be negative; without a path (a case that
 * found nothing) it reruns the property's draws from the seed.
 */
export const replayCommand = (interp: InterpInfo, seed: number, path: string, suite: string): string => {
  const env = Object.entries(interp.env ?? {}).map(([k, v]) => `${k}=${quote(v)} `).join('');
  return `${env}npx ftconform run --interp ${quote(interp.path)} --seed=${seed}${path === '' ? '' : ` --path=${path}`} --suite ${quote(suite)}`
    + (interp.gilEnabled ? ' --allow-gil' : '');
};

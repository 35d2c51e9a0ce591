import type { InterpInfo } from '../results/interpInfo.ts';

const quote = (s: string) => (/^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** What else a replay names: the property a path belongs to, and the profile it ran in (default: 'default'). */
export interface ReplayScope {
  readonly property?: string;
  readonly profile?: string;
  /** --known off, carried so that the replay grades as the run did. */
  readonly known?: 'on' | 'off';
}

/**
 * The command that replays a case: `ftconform run` (no type check, no unit tests; `npm test -- …` takes
 * the same flags). The `--seed=` form because seeds can be negative; without a path (a case that
 * found nothing) it reruns the property's draws from the seed. A path is one property's (its draws'
 * shapes are that property's), so a replay of one names the property; a profile other than the default
 * is named too, so that each scenario runs as long as it did.
 */
export const replayCommand = (interp: InterpInfo, seed: number, path: string, suite: string, scope: ReplayScope = {}): string => {
  const env = Object.entries(interp.env ?? {}).map(([k, v]) => `${k}=${quote(v)} `).join('');
  const property = path !== '' && scope.property !== undefined ? ` --property ${quote(scope.property)}` : '';
  const profile = scope.profile !== undefined && scope.profile !== 'default' ? ` --profile ${scope.profile}` : '';
  return `${env}npx ftconform run --interp ${quote(interp.path)} --seed=${seed}${path === '' ? '' : ` --path=${path}`} --suite ${quote(suite)}`
    + property + profile + (interp.gilEnabled ? ' --allow-gil' : '') + (scope.known === 'off' ? ' --known off' : '');
};

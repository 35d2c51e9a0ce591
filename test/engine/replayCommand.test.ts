import { execa } from 'execa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gilTwin } from '../../src/engine/gilTwin.ts';
import { replayCommand } from '../../src/engine/replayCommand.ts';
import { parseArgs } from '../../src/options/parseArgs.ts';
import { ftInterp } from './fixtures.ts';

/** How sh splits the command: the words `npx` would receive, and the environment it sets. */
const shellWords = async (command: string): Promise<string[]> => {
  const script = `npx() { printf '%s\\0' "PYTHON_GIL=\${PYTHON_GIL-}" "$@"; }\n${command}\n`;
  const { stdout } = await execa('sh', ['-c', script], { stripFinalNewline: false, env: { PYTHON_GIL: undefined } });
  return stdout.split('\0').slice(0, -1);
};

describe('replayCommand', () => {
  it('prints the seed in --seed= form, so that negative seeds survive argument parsing', () => {
    const cmd = replayCommand(ftInterp(), -123, '4:0', 'dict');
    expect(cmd).toBe('npx ftconform run --interp /opt/py/bin/python3.13t --seed=-123 --path=4:0 --suite dict');
    expect(cmd).not.toMatch(/--seed -/);
  });

  it('leaves out --path when there is none (a case without a finding reruns its draws from the seed)', () => {
    expect(replayCommand(ftInterp(), 7, '', 'list')).toBe('npx ftconform run --interp /opt/py/bin/python3.13t --seed=7 --suite list');
  });

  it('is accepted by the argument parser of both `ftconform run` and `npm test --`', () => {
    const words = replayCommand(ftInterp(), -9, '2:0:1', 'set').split(' ').slice(3);
    for (const allowCommand of [true, false]) {
      const { options } = parseArgs(allowCommand ? ['run', ...words] : words, {}, { allowCommand });
      expect(options).toMatchObject({ interps: ['/opt/py/bin/python3.13t'], seed: -9, path: '2:0:1', suites: ['set'] });
    }
  });

  it('names the property a path belongs to and a profile other than the default, and the parser takes them back', async () => {
    const name = "dict operations: d[k] = v (it's atomic)";
    const cmd = replayCommand(ftInterp(), 3, '2:1', 'dict', { property: name, profile: 'quick' });
    expect(cmd).toBe(`npx ftconform run --interp /opt/py/bin/python3.13t --seed=3 --path=2:1 --suite dict --property 'dict operations: d[k] = v (it'\\''s atomic)' --profile quick`);
    const words = await shellWords(cmd);
    const { options } = parseArgs(words.slice(2), {}, { allowCommand: true });
    expect(options).toMatchObject({ seed: 3, path: '2:1', suites: ['dict'], property: name, profile: 'quick' });
    // Without a path (a case rerun from its seed) no property; the default profile is not named.
    expect(replayCommand(ftInterp(), 3, '', 'dict', { property: name, profile: 'default' })).toBe(
      'npx ftconform run --interp /opt/py/bin/python3.13t --seed=3 --suite dict');
  });

  it('quotes an interpreter path with spaces and quotes', () => {
    const cmd = replayCommand(ftInterp({ path: "/home/o'brien/my py/python" }), 1, '0', 'dict');
    expect(cmd).toContain(`--interp '/home/o'\\''brien/my py/python'`);
  });

  it('replays a GIL twin with its environment and --allow-gil', () => {
    const cmd = replayCommand(gilTwin(ftInterp()), 5, '1:2', 'set');
    expect(cmd).toBe('PYTHON_GIL=1 npx ftconform run --interp /opt/py/bin/python3.13t --seed=5 --path=1:2 --suite set --allow-gil');
  });

  it('the shell hands back exactly the interpreter, seed and suite it was given', async () => {
    const awkward = fc.string({ unit: fc.constantFrom('a', ' ', "'", '"', '$', '`', '\\', '*', '\n', ';', '|', 'é', '-'), minLength: 1 });
    const samples = fc.sample(fc.tuple(awkward, fc.integer(), awkward, fc.boolean()), 25);
    for (const [path, seed, suite, gil] of samples) {
      const interp = ftInterp({ path: `/x/${path}`, gilEnabled: gil, env: gil ? { PYTHON_GIL: '1' } : undefined });
      const words = await shellWords(replayCommand(interp, seed, '3:1:0', suite));
      expect(words).toEqual([`PYTHON_GIL=${gil ? '1' : ''}`, 'ftconform', 'run', '--interp', `/x/${path}`, `--seed=${seed}`,
        '--path=3:1:0', '--suite', suite, ...(gil ? ['--allow-gil'] : [])]);
    }
  });
});

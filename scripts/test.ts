// `npm test -- [flags]`: vitest cannot take our flags (`vitest run --interp X` is an unknown option),
// so this wrapper parses them, type-checks, resolves interpreters and hands both to the suites via FTCONFORM_CONFIG.
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describeError } from '../src/cli/describeError.ts';
import { stderrProgress } from '../src/interp/progress.ts';
import { resolveInterps } from '../src/interp/resolveInterps.ts';
import { parseArgs } from '../src/options/parseArgs.ts';
import { CONFIG_ENV } from '../src/options/suiteConfig.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => `${root}node_modules/.bin/${name}`;

const main = async (): Promise<number> => {
  const { options } = parseArgs(process.argv.slice(2));
  const progress = stderrProgress();
  // A bad --interp is refused at once; building one (minutes) waits until the types are known to be fine.
  const given = options.interps.length > 0 ? await resolveInterps(options, progress) : undefined;

  progress('type check: tsc --noEmit');
  const tsc = await execa(bin('tsc'), ['--noEmit'], { cwd: root, stdio: 'inherit', reject: false });
  if (tsc.exitCode !== 0) {
    process.stderr.write('npm test: type check failed (tsc --noEmit)\n');
    return 1;
  }

  const interps = given ?? (await resolveInterps(options, progress));
  progress('vitest run');
  const vitest = execa(bin('vitest'), ['run'], {
    cwd: root,
    stdio: 'inherit',
    reject: false,
    env: { [CONFIG_ENV]: JSON.stringify({ options, interps }) },
  });
  // Ctrl-C and CI cancellation reach vitest, which stops its suites and their Python children.
  const forward = (signal: NodeJS.Signals) => () => vitest.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const r = await vitest;
  if (r.signal) return 128 + (constants.signals[r.signal] ?? 1);
  return r.exitCode ?? 1;
};

try {
  process.exitCode = await main();
} catch (e) {
  const { line, exitCode } = describeError(e);
  process.stderr.write(`npm test: ${line}\n`);
  process.exitCode = exitCode;
}

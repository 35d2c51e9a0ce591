import { toolVersion } from '../engine/toolVersion.ts';
import { parseArgs } from '../options/parseArgs.ts';
import { describeError } from './describeError.ts';
import { doctorCommand } from './doctorCommand.ts';
import { mergeCommand } from './mergeCommand.ts';
import { provisionCommand } from './provisionCommand.ts';
import { runCommand } from './runCommand.ts';
import { commandUsage, usage } from './usage.ts';

/** Runs one command line; returns the exit code. Errors reach the caller. */
const cli = async (argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  const { command, helpTopic, options, inputs, given } = parseArgs(argv, env, { allowCommand: true });
  switch (command) {
    case 'run': return runCommand(options, env);
    case 'doctor': return doctorCommand(options, env);
    case 'provision': return provisionCommand(options, env);
    case 'merge':
    case 'report': return mergeCommand(options, inputs, given);
    case 'version': process.stdout.write(`${toolVersion()}\n`); return 0;
    case 'help':
    case undefined:
      process.stdout.write(helpTopic === undefined || helpTopic === 'help' ? usage() : commandUsage(helpTopic));
      return 0;
  }
};

// The edge: one line on stderr and an exit code, never a stack trace (unless FTCONFORM_DEBUG asks for one).
try {
  process.exitCode = await cli(process.argv.slice(2));
} catch (e) {
  const { line, exitCode } = describeError(e);
  process.stderr.write(`ftconform: ${line}\n`);
  if (process.env.FTCONFORM_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
  process.exitCode = exitCode;
}

// PLACEHOLDER written by the CLI/interp engineer so that `ftconform run` works end to end.
// The engine engineer owns this file and will overwrite it with the real implementation;
// keep the signature: the CLI (src/cli/runCommand.ts) calls it.
import type { Options } from '../options/options.ts';
import type { InterpInfo } from '../results/interpInfo.ts';

export const runConformance = async (
  _options: Options,
  _interps: readonly InterpInfo[],
): Promise<{ exitCode: number; summaryText: string }> => ({ exitCode: 0, summaryText: 'no conformance suites yet' });

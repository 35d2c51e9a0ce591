import { join } from 'node:path';
import { allSuites } from '../../suites/allSuites.ts';
import type { Options } from '../options/options.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import { formatFinding } from '../report/formatFinding.ts';
import { createProgress } from '../report/progress.ts';
import { createPool, defaultConcurrency } from '../run/runPool.ts';
import { checkProperty } from './checkProperty.ts';
import { finishRun } from './finishRun.ts';
import { planProfile } from './planProfile.ts';
import { replayCommand } from './replayCommand.ts';
import { gilTwin } from './gilTwin.ts';
import { clearResults, recordResult, resultsFile } from './resultsFile.ts';
import { runSeed } from './runSeed.ts';
import { isFinding } from './worstStatus.ts';
import type { CaseResult } from '../results/caseResult.ts';
import { compareRuns } from '../compare/compareRuns.ts';
import { formatComparison } from '../compare/formatComparison.ts';
import { writeComparison } from '../compare/writeComparison.ts';

/**
 * The main job without vitest: every selected suite on every interpreter, findings printed as they
 * come, reports written at the end — also when interrupted (SIGINT / SIGTERM).
 */
export const runConformance = async (options: Options, interps: readonly InterpInfo[]):
  Promise<{ exitCode: number; summaryText: string }> => {
  const startedAt = new Date();
  const names = options.suites.length > 0 ? options.suites : Object.keys(allSuites);
  const unknown = names.filter((n) => !allSuites[n]);
  if (unknown.length > 0) {
    return { exitCode: 2, summaryText: `ftconform: unknown suite '${unknown[0]}' (suites: ${Object.keys(allSuites).join(', ')})` };
  }
  const props = names.flatMap((n) => allSuites[n]);
  const planned = props.length * interps.length;
  const profile = planProfile(options, planned, { tsan: interps.some((i) => i.tsan) });
  const seed = options.seed ?? runSeed();
  const results = resultsFile(options.reportsDir);
  await clearResults(results);
  const pool = createPool(defaultConcurrency(Math.min(...interps.map((i) => i.cpus)), 2));
  let interrupted = false;
  const stop = () => { interrupted = true; pool.cancel(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const progress = createProgress({ stream: process.stderr, env: process.env });
  progress.start(planned, options.budgetMs);
  let done = 0, findings = 0;
  const finished: CaseResult[] = [];
  let compared = '';
  process.stdout.write(`ftconform: seed ${seed}, profile ${profile.name}, ${planned} cases\n`);
  try {
    for (const interp of interps) {
      for (const prop of props) {
        if (interrupted) break;
        const result = await checkProperty(prop, {
          interp, pool, profile, seed, path: options.path, reproDir: join(options.reportsDir, 'repro'),
          replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite),
            gilTwin: options.gilDifferential ? gilTwin(interp) : undefined,
        }).catch((err: unknown) => {
          if (interrupted) return undefined;
          throw err;
        });
        if (!result || interrupted) break;
        await recordResult(results, result);
        finished.push(result);
        done++;
        if (isFinding(result.status)) {
          findings++;
          process.stdout.write(`\n${formatFinding(result)}\n\n`);
        }
        progress.update({ done, planned, findings, elapsedMs: Date.now() - startedAt.getTime(), budgetMs: options.budgetMs });
      }
    }
    // --compare (two interpreters, checked by parseArgs): what differs, each difference rerun on both.
    if (options.compare && interps.length === 2 && !interrupted) {
      const comparison = await compareRuns(finished, interps[0], interps[1], { pool, profile, seed });
      const [json] = await writeComparison(comparison, options.reportsDir);
      compared = `\n${formatComparison(comparison)}\ncomparison: ${json}\n`;
    }
  } finally {
    progress.finish();
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  const { summaryText, exitCode } = await finishRun(options, interps, startedAt, interrupted);
  return { exitCode, summaryText: `${compared}${summaryText}` };
};

import { allSuites } from '../../suites/allSuites.ts';
import { namedSuites } from '../../suites/namedSuites.ts';
import type { Options } from '../options/options.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import { formatFinding } from '../report/format/formatFinding.ts';
import { formatFirstSight } from '../report/console/formatFirstSight.ts';
import { formatShrunk } from '../report/console/formatShrunk.ts';
import { createProgress } from '../report/console/progress.ts';
import { createPool, defaultConcurrency } from '../run/runPool.ts';
import { formatShard } from '../results/shard.ts';
import { checkProperty } from '../engine/checkProperty.ts';
import { finishRun } from './finishRun.ts';
import { recordResult, recordSight, resultsFile } from '../engine/resultsFile.ts';
import { breakCostMs, overrunMs, rescheduleProfile, shrinkMsLeft } from '../engine/planProfile.ts';
import { expectsBreak } from '../knownIssues/expectsBreak.ts';
import { loadKnownIssues } from '../knownIssues/loadKnownIssues.ts';
import { sightRecord } from '../engine/sightRecord.ts';
import { isFinding } from '../engine/worstStatus.ts';
import type { CaseResult } from '../results/caseResult.ts';
import { compareRuns } from '../compare/compareRuns.ts';
import { formatComparison } from '../compare/formatComparison.ts';
import { writeComparison } from '../compare/writeComparison.ts';
import { caseContext, planRun, startRun } from './planRun.ts';

/**
 * The main job without vitest: every selected suite on every interpreter (with --shard, this machine's
 * part of them), findings printed as they come (at first sight, then shrunk), reports written at the end —
 * also when interrupted (SIGINT / SIGTERM).
 */
export const runConformance = async (options: Options, interps: readonly InterpInfo[]):
  Promise<{ exitCode: number; summaryText: string }> => {
  const startedAt = new Date();
  const names = options.suites.length > 0 ? options.suites : Object.keys(allSuites);
  const unknown = names.filter((n) => !namedSuites[n]);
  if (unknown.length > 0) {
    return { exitCode: 2, summaryText: `ftconform: unknown suite '${unknown[0]}' (suites: ${Object.keys(namedSuites).join(', ')})` };
  }
  const run = planRun(options, namedSuites, names, interps);
  const { plan, profile } = run;
  if (options.property !== undefined && plan.props.length === 0) {
    return { exitCode: 2, summaryText: `ftconform: no property '${options.property}' in suite${names.length > 1 ? 's' : ''} ${names.join(', ')}` };
  }
  const { planned } = plan;
  const seed = options.seed;
  // --budget: the run ends near it. Each case gets its share of what is left (see rescheduleProfile), and
  // shrinking no more than what is left (see shrinkMsLeft).
  const deadline = options.budgetMs === undefined ? undefined : startedAt.getTime() + options.budgetMs;
  const results = resultsFile(options.reportsDir);
  await startRun(options, run, names, interps, startedAt);
  const pool = createPool(defaultConcurrency(Math.min(...interps.map((i) => i.cpus)), 2));
  let interrupted = false;
  const stop = () => { interrupted = true; pool.cancel(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const progress = createProgress({ stream: process.stderr, env: process.env });
  progress.start(planned, options.budgetMs);
  let done = 0, findings = 0;
  // --budget: the cases expected to crash or hang (a known issue of the interpreter) are charged their cost
  // beyond their shares up front, measured as they end (issue 24: a soak's budget held only without them).
  const breaking = new Set(interps.flatMap((interp, k) => plan.props
    .filter((prop) => plan.select(k, prop).run && expectsBreak(loadKnownIssues(), prop.shape, interp.version))
    .map((prop) => `${k} ${prop.suite} ${prop.name}`)));
  const breakCosts: number[] = [];
  const finished: CaseResult[] = [];
  let compared = '';
  const report = () => progress.update({ done, planned, findings, elapsedMs: Date.now() - startedAt.getTime(), budgetMs: options.budgetMs });
  // A soak case can take minutes: the clock and the time left move on between cases too.
  const ticker = setInterval(report, 10_000);
  const part = options.shard ? `, shard ${formatShard(options.shard)} (${planned} of ${plan.props.length * interps.length} cases, in part)` : '';
  process.stdout.write(`ftconform: seed ${seed}, profile ${profile.name}, ${planned} cases${part}\n`);
  try {
    for (const [k, interp] of interps.entries()) {
      for (const prop of plan.props) {
        if (interrupted) break;
        const mine = plan.select(k, prop);
        if (!mine.run) continue;
        let sighted = false;
        const key = `${k} ${prop.suite} ${prop.name}`;
        const caseProfile = deadline === undefined || options.budgetMs === undefined ? profile : rescheduleProfile(profile,
          { leftMs: deadline - Date.now(), casesLeft: planned - done, budgetMs: options.budgetMs, planned,
            reserveMs: breaking.size * breakCostMs(breakCosts) });
        const result = await checkProperty(prop, {
          ...caseContext(options, { interp, pool, profile: caseProfile, runProfile: profile, inShard: mine.draws }), deadline,
          // A finding is printed, counted and recorded the moment it is first seen; shrinking follows.
          onFirstSight: async (provisional) => {
            sighted = true;
            findings++;
            process.stdout.write(`\n${formatFirstSight(provisional, shrinkMsLeft(profile.shrinkMs, deadline, Date.now()))}\n\n`);
            report();
            await recordSight(results, sightRecord(provisional));
          },
          onReproducer: (shrunk) => { process.stdout.write(`${formatShrunk(shrunk)}\n`); },
        }).catch((err: unknown) => {
          if (interrupted) return undefined;
          throw err;
        });
        if (!result || interrupted) break;
        await recordResult(results, result);
        finished.push(result);
        done++;
        if (breaking.delete(key)) breakCosts.push(overrunMs(caseProfile, result.durationMs));
        if (isFinding(result.status)) {
          if (!sighted) findings++;
          process.stdout.write(`\n${formatFinding(result)}\n\n`);
        }
        report();
      }
    }
    // --compare (two interpreters, checked by parseArgs): what differs, each difference rerun on both.
    if (options.compare && interps.length === 2 && !interrupted) {
      const comparison = await compareRuns(finished, interps[0], interps[1], { pool, profile, seed });
      const [json] = await writeComparison(comparison, options.reportsDir);
      compared = `\n${formatComparison(comparison)}\ncomparison: ${json}\n`;
    }
  } finally {
    clearInterval(ticker);
    progress.finish();
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  const { summaryText, exitCode } = await finishRun(options, interps, startedAt, interrupted);
  // More shards than units: this one had nothing to do, which is no reason to fail its CI job.
  if (options.shard && planned === 0 && !interrupted) return { exitCode: 0, summaryText: `${summaryText}\nshard ${formatShard(options.shard)}: no work units fell to this shard` };
  return { exitCode, summaryText: `${compared}${summaryText}` };
};

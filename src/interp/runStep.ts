import { readFileSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import type { Progress } from './progress.ts';
import { ProvisionError } from './provisionError.ts';

/** A compile prints nothing for minutes; a line now and then shows how far it is (and keeps CI from timing out). */
const HEARTBEAT_MS = 30_000;

/** Runs one build step with its output in `log`; on failure shows the log's tail and throws a one-line error. */
export const runStep = async (
  step: string,
  file: string,
  args: readonly string[],
  o: {
    readonly cwd: string; readonly log: string; readonly progress: Progress;
    /** How far the step is, for the periodic line (e.g. objects compiled); default 'still running'. */
    readonly status?: (elapsedMs: number) => string;
  },
): Promise<void> => {
  const started = Date.now();
  o.progress(`${step}: ${[file, ...args].join(' ')} (log: ${o.log})`);
  writeFileSync(o.log, '');
  // Both streams append to one file, so that errors stay next to the lines that led to them.
  const toLog = { file: o.log, append: true };
  const heartbeat = setInterval(() => o.progress(`${step}: ${o.status?.(Date.now() - started) ?? 'still running'}`), HEARTBEAT_MS);
  try {
    const r = await execa(file, [...args], { cwd: o.cwd, stdin: 'ignore', stdout: toLog, stderr: toLog, reject: false });
    if (r.failed) {
      const tail = readFileSync(o.log, 'utf8').trimEnd().split('\n').slice(-15);
      for (const line of tail) o.progress(`${step} | ${line}`);
      const how = r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}`;
      throw new ProvisionError(`CPython build failed at ${step} (${how}); see ${o.log}`);
    }
  } finally {
    clearInterval(heartbeat);
  }
  o.progress(`${step}: done in ${Math.round((Date.now() - started) / 1000)}s`);
};

import { readFileSync } from 'node:fs';
import { execa, execaSync, type Result, type SyncResult } from 'execa';
import { templatePath } from './templatePath.ts';

/** What running the probe produced, before any judgement (plain data). */
export interface ProbeRun {
  readonly exitCode?: number;
  readonly signal?: string;
  readonly timedOut: boolean;
  /** Set when the process could not be started at all (e.g. 'EACCES'). */
  readonly startError?: string;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunProbeOptions {
  readonly timeoutMs: number;
  /** Extra environment on top of process.env (e.g. PYTHON_GIL=1). */
  readonly env?: Readonly<Record<string, string>>;
}

let probeSource: string | undefined;
const probeArgs = (): string[] => ['-c', (probeSource ??= readFileSync(templatePath('probe.py'), 'utf8'))];

const execaOptions = (o: RunProbeOptions) => ({
  timeout: o.timeoutMs,
  // A hung interpreter may ignore SIGTERM; the probe has nothing to flush.
  killSignal: 'SIGKILL' as const,
  env: o.env,
  stdin: 'ignore' as const,
  reject: false,
  maxBuffer: 1_000_000,
});

const toProbeRun = (r: Result | SyncResult): ProbeRun => {
  const code = (r as { code?: unknown }).code;
  const notStarted = r.failed && r.exitCode === undefined && r.signal === undefined && !r.timedOut;
  return {
    exitCode: r.exitCode,
    signal: r.signal,
    timedOut: r.timedOut,
    startError: notStarted ? (typeof code === 'string' ? code : (r.shortMessage ?? 'failed to start')) : undefined,
    stdout: typeof r.stdout === 'string' ? r.stdout : '',
    stderr: typeof r.stderr === 'string' ? r.stderr : '',
  };
};

/** Runs templates/probe.py with the interpreter at `path` (already preflighted). */
export const runProbe = async (path: string, o: RunProbeOptions): Promise<ProbeRun> =>
  toProbeRun(await execa(path, probeArgs(), execaOptions(o)));

/** The same, blocking: for suiteConfig(), which must answer synchronously. */
export const runProbeSync = (path: string, o: RunProbeOptions): ProbeRun =>
  toProbeRun(execaSync(path, probeArgs(), execaOptions(o)));

import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { execa, type Result } from 'execa';
import { killGroup, trackGroup } from '../run/killGroup.ts';
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

// Its own process group: an interpreter that is a wrapper script (`#!/bin/sh` running python without
// exec) leaves a child behind when only the wrapper is killed, and that child holds the output pipes
// open, so the probe would wait for it. On timeout, and after every probe, the whole group is killed.
const execaOptions = (o: RunProbeOptions) => ({
  detached: true,
  // A hung interpreter may ignore SIGTERM; the probe has nothing to flush.
  killSignal: 'SIGKILL' as const,
  env: o.env,
  stdin: 'ignore' as const,
  reject: false,
  maxBuffer: 1_000_000,
});

const toProbeRun = (r: Result, timedOut: boolean): ProbeRun => {
  const code = (r as { code?: unknown }).code;
  const notStarted = r.failed && r.exitCode === undefined && r.signal === undefined && !timedOut;
  return {
    exitCode: r.exitCode,
    signal: r.signal,
    timedOut,
    startError: notStarted ? (typeof code === 'string' ? code : (r.shortMessage ?? 'failed to start')) : undefined,
    stdout: typeof r.stdout === 'string' ? r.stdout : '',
    stderr: typeof r.stderr === 'string' ? r.stderr : '',
  };
};

/** Runs templates/probe.py with the interpreter at `path` (already preflighted). */
export const runProbe = async (path: string, o: RunProbeOptions): Promise<ProbeRun> => {
  const sub = execa(path, probeArgs(), execaOptions(o));
  const pid = sub.pid;
  const forget = pid === undefined ? () => false : trackGroup(pid);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (pid !== undefined) killGroup(pid);
  }, o.timeoutMs);
  try {
    return toProbeRun(await sub, timedOut);
  } finally {
    clearTimeout(timer);
    if (pid !== undefined) killGroup(pid);
    forget();
  }
};

/** The same, blocking: for suiteConfig(), which must answer synchronously. */
export const runProbeSync = (path: string, o: RunProbeOptions): ProbeRun => {
  // execaSync refuses `detached`; node's spawnSync takes it, and stops waiting at the timeout even
  // when a grandchild holds the pipes. The group kill afterwards ends that grandchild.
  // (`detached` is missing from @types/node's spawnSync options, but libuv honours it there too.)
  const options: SpawnSyncOptionsWithStringEncoding & { detached: boolean } = {
    detached: true, killSignal: 'SIGKILL', timeout: o.timeoutMs, env: o.env ? { ...process.env, ...o.env } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1_000_000,
  };
  const r = spawnSync(path, probeArgs(), options);
  if (r.pid) killGroup(r.pid);
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  const timedOut = code === 'ETIMEDOUT';
  return {
    exitCode: r.status ?? undefined,
    signal: timedOut ? undefined : (r.signal ?? undefined),
    timedOut,
    startError: r.error && !timedOut ? (code ?? r.error.message) : undefined,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
  };
};

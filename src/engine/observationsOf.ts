import type { ProgramRun, ResultRecord } from '../run/programRun.ts';
import type { Observation } from './observation.ts';
import type { Explored, Schedule } from '../results/caseResult.ts';

const num = (r: ResultRecord, k: string): number => (typeof r[k] === 'number' ? r[k] as number : 0);

const isSchedule = (s: unknown): s is Schedule => typeof s === 'object' && s !== null
  && Array.isArray((s as Schedule).decisions) && (s as Schedule).decisions.every(Number.isInteger)
  && Array.isArray((s as Schedule).timeline);

/** A controlled run's first schedule per outcome and what it explored (templates/_scenario-controlled.py.ejs). */
const controlledOf = (r: ResultRecord): Pick<Observation, 'schedules' | 'explored'> => {
  if (typeof r.schedules !== 'object' || r.schedules === null) return {};
  const schedules = Object.fromEntries(Object.entries(r.schedules).filter(([, s]) => isSchedule(s))) as Record<string, Schedule>;
  const x = r.explored as Partial<Explored> | undefined;
  const explored = x && typeof x.exhaustive === 'number' && typeof x.pct === 'number'
    ? { exhaustive: x.exhaustive, complete: x.complete === true, pct: x.pct, bound: typeof x.bound === 'number' ? x.bound : 0,
      all: x.all === true } : undefined;
  return { schedules, ...(explored ? { explored } : {}) };
};

/**
 * Split one program run into per-scenario observations. A crash or hang belongs to the scenario that
 * was running; scenarios that never started are absent (the caller runs them again).
 */
export const observationsOf = (run: ProgramRun): Map<string, Observation> => {
  const out = new Map<string, Observation>();
  for (const r of run.records) {
    const hist = (typeof r.hist === 'object' && r.hist !== null ? r.hist : {}) as Record<string, number>;
    out.set(r.id, { status: 'ok', message: 'ok', hist, runs: num(r, 'runs'), timed: num(r, 'timed'),
      overlapped: num(r, 'overlapped'), sync: typeof r.sync === 'string' ? r.sync : undefined, seconds: num(r, 'seconds'),
      ...controlledOf(r) });
  }
  if (run.status !== 'ok' && !run.interrupted) {
    const culprit = run.unfinished ?? run.started.at(-1);
    const done = culprit === undefined ? undefined : out.get(culprit);
    if (culprit !== undefined) {
      // A crash after the last result (e.g. at interpreter shutdown) still belongs to the last scenario.
      out.set(culprit, { ...(done ?? { hist: {}, runs: 0, timed: 0, overlapped: 0, seconds: run.durationMs / 1000 }),
        status: run.status, message: done ? `${run.message} (after the scenario printed its result)` : run.message,
        signal: run.signal, traceback: run.traceback,
        ...(run.nativeStacks ? { nativeStacks: run.nativeStacks } : {}), ...(run.stacksNote ? { stacksNote: run.stacksNote } : {}) });
    }
  }
  // A race report belongs to the scenario that was running; one before any scenario began, to the first.
  for (const placed of run.tsanReports ?? []) {
    const id = placed.scenarioId ?? run.started[0];
    const o = id === undefined ? undefined : out.get(id);
    if (id !== undefined && o) out.set(id, { ...o, tsanReports: [...(o.tsanReports ?? []), placed] });
  }
  return out;
};

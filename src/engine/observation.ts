import type { ProgramStatus } from '../run/programRun.ts';
import type { PlacedReport } from '../tsan/placeReports.ts';
import type { Explored, Schedule } from '../results/caseResult.ts';


/** What one program run reported for one scenario (plain data). */
export interface Observation {
  readonly status: ProgramStatus;
  readonly message: string;
  /** Outcome histogram: canonical outcome JSON -> count. */
  readonly hist: Readonly<Record<string, number>>;
  readonly runs: number;
  readonly timed: number;
  readonly overlapped: number;
  /** 'spin' or 'spin-yield' (GIL on or more threads than cores). */
  readonly sync?: string;
  readonly signal?: string;
  readonly traceback?: string;
  /** A hang the runner called: every thread's native stack (gdb). */
  readonly nativeStacks?: string;
  /** Why a hang has no native stacks. */
  readonly stacksNote?: string;
  readonly seconds: number;
  /** ThreadSanitizer reports made while this scenario ran. */
  readonly tsanReports?: readonly PlacedReport[];
  /** The controlled mode: the first schedule of each outcome (canonical JSON), and what it explored. */
  readonly schedules?: Readonly<Record<string, Schedule>>;
  readonly explored?: Explored;
}

/** Several observations of the same scenario, merged. */
export const mergeObservations = (obs: readonly Observation[]): Observation => {
  const worst = obs.find((o) => o.status !== 'ok') ?? obs[0];
  const hist: Record<string, number> = {};
  for (const o of obs) for (const [k, v] of Object.entries(o.hist)) hist[k] = (hist[k] ?? 0) + v;
  const sum = (f: (o: Observation) => number) => obs.reduce((a, o) => a + f(o), 0);
  const tsanReports = obs.flatMap((o) => o.tsanReports ?? []);
  const schedules = Object.assign({}, ...[...obs].reverse().map((o) => o.schedules ?? {})) as Record<string, Schedule>;
  const explored = obs.flatMap((o) => (o.explored ? [o.explored] : []));
  return { ...worst, hist, runs: sum((o) => o.runs), timed: sum((o) => o.timed),
    overlapped: sum((o) => o.overlapped), seconds: sum((o) => o.seconds), ...(tsanReports.length ? { tsanReports } : {}),
    ...(Object.keys(schedules).length ? { schedules } : {}),
    ...(explored.length ? { explored: { exhaustive: explored.reduce((a, x) => a + x.exhaustive, 0),
      complete: explored.some((x) => x.complete), pct: explored.reduce((a, x) => a + x.pct, 0), bound: explored[0].bound,
      all: explored.some((x) => x.all) } } : {}) };
};

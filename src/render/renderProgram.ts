import ejs from 'ejs';
import { loadTemplate } from './loadTemplate.ts';
import type { ProgramItem } from './scenarioView.ts';
import { scenarioView } from './scenarioView.ts';

export interface ProgramOptions {
  /** Fresh containers each thread walks between two synchronisations (jcstress's stride). */
  readonly stride: number;
  /** Every how many rounds the operations are timed to measure overlap. */
  readonly timedEvery: number;
  /** Threads meet (spin until all arrived) every this many elements; the stride must be a multiple. */
  readonly meetEvery: number;
  /** One comment line at the top of the program (interpreter, seed, ...). */
  readonly header: string;
  /**
   * The stress loop: 'workers' fold their own outcomes and build their own next containers between rounds;
   * 'main-round' is the loop before issue 10 (the main thread does both while the workers wait), kept for
   * `npm run bench` to measure against.
   */
  readonly loop: 'workers' | 'main-round';
  /** ThreadSanitizer run: mark each scenario and worker thread on stderr (src/tsan/tsanMarkers.ts). Default false. */
  readonly tsanMarks?: boolean;
  /**
   * Seconds a scenario's workers may make no progress (meetings, rounds) before the program reports a hang
   * and exits (the stall watchdog in templates/_runtime.py.ejs); 0: no stall watchdog. Default STALL_SECONDS.
   */
  readonly stallS?: number;
  /** Seconds the interpreter may take to exit once every scenario printed its result. Default EXIT_WATCHDOG_SECONDS. */
  readonly exitS?: number;
  /**
   * A timed run counts as overlapped only if each thread's window is shorter than this (nanoseconds); 0: no
   * limit. Default OVERLAP_CAP_NS.
   */
  readonly overlapCapNs?: number;
}

/**
 * The stall watchdog's default. A healthy scenario moves its meeting counters thousands of times a second
 * (1,500 iterations/s with keys whose __eq__ sleeps, the slowest kind) and a round's building and folding
 * stay within a quarter of its budget; 5 s without a move is a hang, found 6× sooner than the 31 s watchdog.
 */
export const STALL_SECONDS = 5;

/**
 * The watchdog of a stress program's exit, once every scenario has printed its result: the interpreter's
 * last garbage collections take milliseconds (seconds under ThreadSanitizer), unless a corrupted heap loops
 * them forever.
 */
export const EXIT_WATCHDOG_SECONDS = 15;

/**
 * The longest window of one operation that still counts towards the overlap figure: a window stretched past
 * it held a preemption (Linux's slices are 0.75 ms and more) or a long park, and another thread's window
 * inside it ran while this thread did not. Above every window of a quiet machine: measured on 3.13.15t, 2
 * cores, the negative control's overlapping windows took 18 us (median) and 77-80 us (99th percentile), and
 * the cap took away 0-1 of 6,330-53,524 overlapped runs. Beside a CPU-bound process in the program's own
 * scheduling group it took away half of the control's (119 -> 62, 136 -> 76 of 512 timed runs) and a few
 * of the setdefault race's (210 -> 191, 257 -> 248).
 */
export const OVERLAP_CAP_NS = 500_000;

export const DEFAULT_PROGRAM: ProgramOptions = { stride: 512, timedEvery: 8, meetEvery: 2, header: '', loop: 'workers' };

/** What the shared runtime part of every program needs. */
export const runtimeView = (opts: ProgramOptions) => ({
  stride: String(opts.stride),
  timedEvery: String(opts.timedEvery),
  meetEvery: String(opts.meetEvery),
  scenarioTemplate: opts.loop === 'main-round' ? '_scenario-main-round.py.ejs' : '_scenario.py.ejs',
  tsanMarks: opts.tsanMarks ?? false,
  stallS: String(opts.stallS ?? STALL_SECONDS),
  overlapCapNs: String(opts.overlapCapNs ?? OVERLAP_CAP_NS),
});

/** Render scenarios into one self-contained Python program (pure: same input, same bytes). */
export const renderProgram = (items: readonly ProgramItem[], opts: ProgramOptions = DEFAULT_PROGRAM): string => {
  const { text, filename } = loadTemplate('program.py.ejs');
  return ejs.render(text, { ...runtimeView(opts), scenarios: items.map(scenarioView), header: opts.header.replace(/\n/g, ' '),
    exitS: String(opts.exitS ?? EXIT_WATCHDOG_SECONDS) },
    { filename });
};

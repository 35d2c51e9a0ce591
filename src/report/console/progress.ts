import { formatProgress, type ProgressState } from './formatProgress.ts';

export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width; the live line is cut to fit so that \r can rewrite it. */
  readonly columns?: number;
}

export interface ProgressOptions {
  /** Where to write, e.g. process.stderr. */
  readonly stream: ProgressStream;
  /** Environment; CI=true forces plain lines. Default: none (decided by isTTY alone). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Least time between two plain lines; default 10 000 ms. */
  readonly intervalMs?: number;
  /** Clock for the plain-line throttle; default Date.now. */
  readonly now?: () => number;
}

export interface Progress {
  /** Call once before the first case; `budgetMs` is the run's time budget, if it has one. */
  start(planned: number, budgetMs?: number): void;
  update(p: ProgressState): void;
  finish(): void;
}

const CLEAR_TO_EOL = '\u001b[K';

/**
 * Progress on a stream: on a terminal one live line rewritten with \r; in CI (CI=true) or when the
 * stream is not a terminal, a plain line at most every `intervalMs`, and always one at the end.
 */
export const createProgress = (opts: ProgressOptions): Progress => {
  const { stream, intervalMs = 10_000, now = Date.now } = opts;
  const live = stream.isTTY === true && opts.env?.CI !== 'true';
  let last: ProgressState | undefined;
  let printedAt = -Infinity;
  let printed: ProgressState | undefined;
  let drawn = '';

  const draw = (line: string): void => {
    const fit = stream.columns && stream.columns > 1 ? line.slice(0, stream.columns - 1) : line;
    if (fit === drawn) return;
    drawn = fit;
    stream.write(`\r${fit}${CLEAR_TO_EOL}`);
  };
  const plain = (p: ProgressState): void => {
    stream.write(`${formatProgress(p)}\n`);
    printed = p;
    printedAt = now();
  };

  return {
    start(planned, budgetMs) {
      last = { done: 0, planned, findings: 0, elapsedMs: 0, budgetMs };
      if (live) draw(formatProgress(last));
      else {
        stream.write(`ftconform: ${planned} cases planned\n`);
        printedAt = now();
      }
    },
    update(p) {
      last = p;
      if (live) draw(formatProgress(p));
      else if (now() - printedAt >= intervalMs) plain(p);
    },
    finish() {
      if (live) {
        if (last) draw(formatProgress(last));
        if (drawn !== '') stream.write('\n');
      } else if (last && last !== printed) plain(last);
    },
  };
};

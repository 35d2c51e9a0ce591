/** The clock of one shrink: started at the first counterexample, it aborts its signal when the budget ends. */
export interface ShrinkBudget {
  /** Aborted when the budget has run out: the candidate in flight is killed, later ones are not run. */
  readonly signal: AbortSignal;
  /** Starts the clock; `ms` (default: the budget given) ends it sooner, e.g. at the end of the run's budget. */
  readonly start: (ms?: number) => void;
  /** The budget it was started with (the one given until then). */
  readonly budgetMs: () => number;
  /** Stops the clock; returns ms since the start (0 when it never started). */
  readonly stop: () => number;
  readonly started: () => boolean;
}

export const shrinkBudget = (budgetMs: number): ShrinkBudget => {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let at: number | undefined;
  let ms = budgetMs;
  return {
    signal: controller.signal,
    start: (cut) => {
      at = Date.now();
      ms = Math.min(budgetMs, cut ?? budgetMs);
      timer = setTimeout(() => controller.abort(), ms);
    },
    budgetMs: () => ms,
    stop: () => {
      clearTimeout(timer);
      return at === undefined ? 0 : Date.now() - at;
    },
    started: () => at !== undefined,
  };
};

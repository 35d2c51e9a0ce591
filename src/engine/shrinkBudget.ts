/** The clock of one shrink: started at the first counterexample, it aborts its signal when the budget ends. */
export interface ShrinkBudget {
  /** Aborted when the budget has run out: the candidate in flight is killed, later ones are not run. */
  readonly signal: AbortSignal;
  readonly start: () => void;
  /** Stops the clock; returns ms since the start (0 when it never started). */
  readonly stop: () => number;
  readonly started: () => boolean;
}

export const shrinkBudget = (budgetMs: number): ShrinkBudget => {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let at: number | undefined;
  return {
    signal: controller.signal,
    start: () => {
      at = Date.now();
      timer = setTimeout(() => controller.abort(), budgetMs);
    },
    stop: () => {
      clearTimeout(timer);
      return at === undefined ? 0 : Date.now() - at;
    },
    started: () => at !== undefined,
  };
};

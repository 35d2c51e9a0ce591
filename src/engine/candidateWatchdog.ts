/**
 * The watchdog of a shrink candidate (or a confirmation run), scaled to how long this property's runs took:
 * a candidate that hangs then costs seconds, not the 30 s margin every first run gets. Undefined (the
 * default watchdog) while no run time has been measured.
 */
export const candidateWatchdogS = (budgetS: number, measuredS: number): number | undefined =>
  measuredS > 0 ? Math.max(1, 3 * Math.max(budgetS, measuredS) + 1) : undefined;

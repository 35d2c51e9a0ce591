/**
 * The run's seed when none was given: the wrapper picks one and hands it down in FTCONFORM_SEED so
 * that every suite of one run prints the same seed; otherwise one from the clock (printed in every replay).
 */
export const runSeed = (env: NodeJS.ProcessEnv = process.env): number => {
  const fromEnv = Number(env.FTCONFORM_SEED);
  return Number.isSafeInteger(fromEnv) ? fromEnv : (Date.now() % 0x7fffffff) | 0;
};

/** A healthy interpreter answers the probe in well under a second; 20 s allows for a cold, busy machine. */
export const DEFAULT_PROBE_TIMEOUT_MS = 20_000;

/** FTCONFORM_PROBE_TIMEOUT_MS lets tests (and slow machines) change the bound. */
export const probeTimeoutMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const n = Number(env.FTCONFORM_PROBE_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_PROBE_TIMEOUT_MS;
};

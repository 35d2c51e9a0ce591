const UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** '90s', '5m', '1h', '1.5m', '300' (seconds) → milliseconds; undefined when malformed or not positive. Pure. */
export const parseDuration = (text: string): number | undefined => {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Math.round(Number(m[1]) * UNITS_MS[m[2] ?? 's']);
  return ms > 0 ? ms : undefined;
};

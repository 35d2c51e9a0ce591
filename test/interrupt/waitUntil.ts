/**
 * Polls `check` until it returns a value other than undefined; throws `what` after `timeoutMs`, or
 * at once when `abort` says why waiting is pointless (e.g. the process under test already exited).
 */
export const waitUntil = async <T>(
  what: string,
  check: () => T | undefined,
  { timeoutMs, everyMs = 100, abort }: { timeoutMs: number; everyMs?: number; abort?: () => string | undefined },
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    const why = abort?.();
    if (why !== undefined) throw new Error(`gave up waiting for ${what}: ${why}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};

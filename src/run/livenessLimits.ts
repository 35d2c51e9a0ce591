import type { LivenessLimits } from './watchLiveness.ts';

/**
 * The limits of a stress program's liveness channel. Its beat thread writes every 0.25 s and needs nothing a
 * stress scenario holds (no lock of the containers, no slow key): 4 s without a beat (16 missed) is a program
 * none of whose Python threads can run. The first beat comes once the runtime is imported: 20-60 ms after the start,
 * seconds on a busy machine. Progress standing still is the stall watchdog's to call after `stallS` (5 s): the runner calls
 * it 4 s later, when faulthandler's watchdog thread did not. A ThreadSanitizer build runs everything 5-20× slower
 * and has no stall watchdog (stallS 0): five times the silence, no judgement of progress.
 */
export const livenessLimits = (o: { readonly tsan?: boolean; readonly stallS: number }): LivenessLimits =>
  o.tsan
    ? { quietMs: 20_000, startMs: 60_000, stillMs: 0 }
    : { quietMs: 4_000, startMs: 8_000, stillMs: o.stallS > 0 ? o.stallS * 1000 + 4_000 : 0 };

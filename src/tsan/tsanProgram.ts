import { DEFAULT_PROGRAM, type ProgramOptions } from '../render/renderProgram.ts';

/**
 * How programs are rendered for a ThreadSanitizer build. Under TSAN an iteration is 12-24× slower
 * (measured by `npm run bench:tsan`), so the default stride of 512 containers makes one round outlast a
 * quick scenario's whole budget; 64 keeps rounds to tens of milliseconds. TSAN needs few runs anyway:
 * it reports a race from the happens-before order of the accesses, not from a lucky timing. No stall
 * watchdog: while TSAN symbolizes a report (seconds for the first one) the threads that race stand still.
 * No cap on the windows counted as overlapped: TSAN stretches every one of them.
 */
export const tsanProgram = (base: ProgramOptions = DEFAULT_PROGRAM): ProgramOptions =>
  ({ ...base, stride: 64, tsanMarks: true, stallS: 0, overlapCapNs: 0 });

/**
 * Lines a program run under ThreadSanitizer writes to stderr, between TSAN's own reports (same file
 * descriptor, so the order is exact): which scenario starts, and which OS thread id each worker got.
 * TSAN names threads 'T3 (tid=1234, …)', so a report can be traced to a scenario and its thread.
 */
export const SCENARIO_MARK = 'ftconform-tsan: scenario ';
export const THREAD_MARK = 'ftconform-tsan: thread ';

export interface Marks {
  /** [offset, scenario id] in stderr order. */
  readonly scenarios: readonly (readonly [number, string])[];
  /** [offset, tid, worker index] in stderr order (a tid may be reused by a later scenario's thread). */
  readonly threads: readonly (readonly [number, number, number])[];
}

const MARK = /^ftconform-tsan: (?:scenario (\S+)|thread w(\d+) tid (\d+))$/gm;

/** Every marker line of a stderr, with where it is (pure). */
export const readMarks = (stderr: string): Marks => {
  const scenarios: [number, string][] = [];
  const threads: [number, number, number][] = [];
  for (const m of stderr.matchAll(MARK)) {
    if (m[1] !== undefined) scenarios.push([m.index, m[1]]);
    else threads.push([m.index, Number(m[3]), Number(m[2])]);
  }
  return { scenarios, threads };
};

/** Writes one progress line. */
export type Progress = (message: string) => void;

/** Prefixes each line with the seconds since `start`: '[ 42s] compile: make -j2'. Clock passed in, for tests. */
export const makeProgress = (
  write: (line: string) => void,
  now: () => number = Date.now,
  start: number = now(),
): Progress => (message) => {
  const s = Math.round((now() - start) / 1000);
  write(`[${String(s).padStart(4)}s] ${message}`);
};

/** Progress on stderr, so that stdout keeps only the answer (e.g. provision's path). */
export const stderrProgress = (): Progress => makeProgress((line) => process.stderr.write(`${line}\n`));

/** How far an `apt-get install` is, from its output lines (pure). */
export interface AptProgress {
  /** Packages it will install ('N newly installed'); 0 until it says. */
  readonly total: number;
  readonly downloaded: number;
  readonly unpacked: number;
  readonly configured: number;
}

export const APT_START: AptProgress = { total: 0, downloaded: 0, unpacked: 0, configured: 0 };

/** The progress after one more line of apt-get's output. */
export const aptStep = (p: AptProgress, line: string): AptProgress => {
  const planned = /(\d+) newly installed/.exec(line);
  if (planned) return { ...p, total: Number(planned[1]) };
  if (/^Get:\d+ /.test(line)) return { ...p, downloaded: p.downloaded + 1 };
  if (/^Unpacking /.test(line)) return { ...p, unpacked: p.unpacked + 1 };
  if (/^Setting up /.test(line)) return { ...p, configured: p.configured + 1 };
  return p;
};

/** 'downloaded 40 / 87 packages', then 'unpacked …', then 'set up …': the phase it is in. */
export const formatAptProgress = (p: AptProgress): string => {
  // apt also sets up things that are not packages (triggers): never more than the total.
  const of = (n: number) => `${p.total ? Math.min(n, p.total) : n} / ${p.total || '?'} packages`;
  if (p.configured > 0) return `set up ${of(p.configured)}`;
  if (p.unpacked > 0) return `unpacked ${of(p.unpacked)}`;
  return `downloaded ${of(p.downloaded)}`;
};

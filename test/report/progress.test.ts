import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressStream } from '../../src/report/console/progress.ts';

const stream = (isTTY: boolean, columns?: number): ProgressStream & { out: string } => {
  const s = { out: '', isTTY, columns, write: (c: string) => ((s.out += c), true) };
  return s;
};
const state = (done: number, findings = 0) => ({ done, planned: 10, findings, elapsedMs: done * 1000, budgetMs: 60_000 });

describe('createProgress', () => {
  it('on a terminal rewrites one live line with \\r and ends it with a newline', () => {
    const s = stream(true);
    const p = createProgress({ stream: s, env: {} });
    p.start(10, 60_000);
    p.update(state(1));
    p.update(state(1)); // unchanged: not redrawn
    p.update(state(2, 1));
    p.finish();
    expect(s.out).toBe(
      '\rcases 0 / 10 (0 %) · findings 0 · 0:00 / 1:00 · about 1:00 left\u001b[K' +
        '\rcases 1 / 10 (10 %) · findings 0 · 0:01 / 1:00 · about 0:59 left\u001b[K' +
        '\rcases 2 / 10 (20 %) · findings 1 · 0:02 / 1:00 · about 0:58 left\u001b[K' +
        '\n',
    );
  });

  it('cuts the live line to the terminal width so \\r can rewrite it', () => {
    const s = stream(true, 12);
    createProgress({ stream: s, env: {} }).update(state(1));
    expect(s.out).toBe('\rcases 1 / 1\u001b[K');
  });

  it('in CI or off a terminal prints plain lines at most every interval, and the last state at the end', () => {
    let t = 0;
    for (const [isTTY, env] of [[true, { CI: 'true' }], [false, {}]] as const) {
      const s = stream(isTTY);
      t = 0;
      const p = createProgress({ stream: s, env, intervalMs: 10_000, now: () => t });
      p.start(10);
      t = 5_000;
      p.update(state(1)); // too soon after start
      t = 10_000;
      p.update(state(2));
      t = 15_000;
      p.update(state(3));
      p.finish();
      expect(s.out).not.toContain('\r');
      expect(s.out.split('\n')).toEqual([
        'ftconform: 10 cases planned',
        'cases 2 / 10 (20 %) · findings 0 · 0:02 / 1:00 · about 0:58 left',
        'cases 3 / 10 (30 %) · findings 0 · 0:03 / 1:00 · about 0:57 left',
        '',
      ]);
    }
  });

  it('does not repeat the last plain line at finish', () => {
    const s = stream(false);
    const p = createProgress({ stream: s, intervalMs: 0, now: () => 0 });
    p.start(10);
    p.update(state(10));
    p.finish();
    expect(s.out.split('\n').filter((l) => l.startsWith('cases'))).toHaveLength(1);
  });
});

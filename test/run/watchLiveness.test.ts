import { describe, expect, it } from 'vitest';
import { watchLiveness } from '../../src/run/watchLiveness.ts';

const limits = { quietMs: 4_000, startMs: 8_000, stillMs: 9_000 };

/** Feeds a beat every 250 ms and ticks as the runner does, from `from` to `to` ms; returns the first Quiet. */
const drive = (w: ReturnType<typeof watchLiveness>, from: number, to: number, value: (t: number) => number | undefined) => {
  for (let t = from; t <= to; t += 250) {
    const v = value(t);
    if (v !== undefined) w.feed(`${v}\n`, t);
    const q = w.tick(t);
    if (q) return { at: t, ...q };
  }
  return undefined;
};

describe('watchLiveness', () => {
  it('calls a program silent once its beats stop for quietMs, whatever it did before', () => {
    const w = watchLiveness(limits, 0);
    expect(drive(w, 0, 10_000, (t) => t)).toBeUndefined();
    expect(drive(w, 10_250, 30_000, () => undefined)).toEqual({ at: 14_250, kind: 'silent', forMs: 4_250, beats: 41 });
  });

  it('gives the first beat startMs, and says there was none (no SIGUSR1 then)', () => {
    const w = watchLiveness(limits, 1_000);
    expect(drive(w, 1_000, 30_000, () => undefined)).toEqual({ at: 9_250, kind: 'silent', forMs: 8_250, beats: 0 });
  });

  it('calls it still when beats come but the stress stands still past stillMs, not between scenarios (-1)', () => {
    const idle = watchLiveness(limits, 0);
    expect(drive(idle, 0, 60_000, () => -1)).toBeUndefined();
    const w = watchLiveness(limits, 0);
    expect(drive(w, 0, 5_000, (t) => t)).toBeUndefined();
    expect(drive(w, 5_250, 60_000, () => 42)).toEqual({ at: 14_500, kind: 'still', forMs: 9_250, beats: 59 });
  });

  it('does not judge progress when stillMs is 0 (a ThreadSanitizer build)', () => {
    const w = watchLiveness({ ...limits, stillMs: 0 }, 0);
    expect(drive(w, 0, 60_000, () => 7)).toBeUndefined();
  });

  it('does not count time the program or the runner was not running', () => {
    const w = watchLiveness(limits, 0);
    drive(w, 0, 1_000, (t) => t);
    // The program's beat comes 3 s late with the same progress: it was not running, its stress is not stuck.
    w.feed('1000\n', 4_000);
    expect(w.tick(4_000)).toBeUndefined();
    // The runner's own clock was held up for 5 s: beats may sit unread in the pipe.
    expect(w.tick(9_500)).toBeUndefined();
    expect(drive(w, 9_750, 30_000, () => undefined)).toMatchObject({ at: 13_750, kind: 'silent', forMs: 4_250 });
  });

  it('keeps the dumps apart from the beats, across chunks, and says when a watchdog banner completes', () => {
    const w = watchLiveness(limits, 0);
    expect(w.feed('12\n13\nTime', 0)).toBe(false);
    expect(w.feed('out (0:00:05)!\nThread 0x1 (most recent call first):\n14\n  File "p.py", line 3 in w\n', 10)).toBe(true);
    expect(w.feed('Thread 0x2 (most recent call first):\n', 20)).toBe(false);
    expect(w.dump()).toBe('Timeout (0:00:05)!\nThread 0x1 (most recent call first):\n  File "p.py", line 3 in w\nThread 0x2 (most recent call first):\n');
    expect(w.beats()).toBe(3);
  });
});

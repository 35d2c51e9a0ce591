import { WATCHDOG_BANNER } from './extractTraceback.ts';

/**
 * How long a watched program may stay quiet (README, "How a hang is found"). Its beat thread writes four times a
 * second (templates/_runtime.py.ejs, _beat), whatever the scenario's key kind: a __eq__ that sleeps or a slow
 * build holds up the workers, never the beat thread.
 */
export interface LivenessLimits {
  /** No beat for this long: no Python thread can run any more (a stop-the-world that never ends, all on locks). */
  readonly quietMs: number;
  /** The first beat, after the interpreter's start-up and imports, may take this long. */
  readonly startMs: number;
  /**
   * Beats come but the stress's progress stands still for this long: the program's own stall watchdog should
   * have fired already (faulthandler's thread did not), so the runner calls the hang itself. 0: not judged.
   */
  readonly stillMs: number;
}

/** Why the runner calls a program hung: its beats stopped, or its stress stopped moving. */
export interface Quiet {
  readonly kind: 'silent' | 'still';
  /** How long it was quiet when the call was made. */
  readonly forMs: number;
  /** Beats seen before: with none, the program never armed its SIGUSR1 dump (it would die of the signal). */
  readonly beats: number;
}

// A beat or a tick that comes this late says the process (or the runner) was not running, not that it hung.
const LATE_MS = 1_000;
const BEAT = /^-?\d+$/;

/**
 * The runner's view of one program's liveness, fed with what the program writes on its liveness channel and
 * asked at each tick of the runner's clock. Pure: time comes in as arguments. Anything on the channel that is
 * not a beat is a faulthandler dump (its watchdog's, with its "Timeout" banner, or the SIGUSR1 one).
 */
export const watchLiveness = (limits: LivenessLimits, startedAt: number) => {
  let beats = 0;
  let lastBeat = startedAt;
  let moved = startedAt;
  let progress: number | undefined;
  let lastTick = startedAt;
  let partial = '';
  let dump = '';

  const beat = (value: number, now: number): void => {
    // A late beat: the program was not running (a busy machine), which is no reason to call its stress stuck.
    if (value < 0 || value !== progress || now - lastBeat > LATE_MS) moved = now;
    progress = value;
    lastBeat = now;
    beats++;
  };

  return {
    /** Takes a chunk of the channel; true when it completed a watchdog's banner ("Timeout (0:00:05)!"). */
    feed(text: string, now: number): boolean {
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      const before = dump;
      for (const line of lines) {
        if (BEAT.test(line)) beat(Number(line), now);
        else dump += `${line}\n`;
      }
      return !WATCHDOG_BANNER.test(before) && WATCHDOG_BANNER.test(dump);
    },
    /** Asked at each tick of the runner's clock: a Quiet once the program has been quiet past its limit. */
    tick(now: number): Quiet | undefined {
      // The runner's own clock was held up (a busy event loop): beats may sit unread in the pipe.
      if (now - lastTick > LATE_MS) {
        lastBeat = Math.max(lastBeat, now);
        moved = Math.max(moved, now);
      }
      lastTick = now;
      const silent = now - lastBeat;
      if (silent > (beats === 0 ? limits.startMs : limits.quietMs)) return { kind: 'silent', forMs: silent, beats };
      const still = now - moved;
      if (limits.stillMs > 0 && progress !== undefined && progress >= 0 && still > limits.stillMs) {
        return { kind: 'still', forMs: still, beats };
      }
      return undefined;
    },
    beats: () => beats,
    /** The dumps received so far (every thread's Python stack), beats left out. */
    dump: () => dump + (BEAT.test(partial) ? '' : partial),
  };
};

export type Liveness = ReturnType<typeof watchLiveness>;

/** One frame of a ThreadSanitizer stack: `#2 list_ass_slice Objects/listobject.c:812 (python3.13t+0x1d2b4f)`. */
export interface TsanFrame {
  readonly fn: string;
  /** 'Objects/listobject.c' (as the compiler saw it), absent when TSAN printed <null>. */
  readonly file?: string;
  readonly line?: number;
  /** The binary or library: 'python3.13t', 'libtsan.so.2'. */
  readonly module?: string;
}

/** One of the two conflicting accesses of a report. */
export interface TsanAccess {
  /** 'Write', 'Read', 'Atomic read', 'Atomic write' (without 'Previous'). */
  readonly kind: string;
  readonly size: number;
  /** The access TSAN remembered from before (the report's second stack). */
  readonly previous: boolean;
  /** 'main' or 'T3' (TSAN's own thread numbers). */
  readonly thread: string;
  /** e.g. 'read M0, write M1' when mutexes were held. */
  readonly mutexes?: string;
  /** Innermost first; empty when TSAN could not restore the stack. */
  readonly frames: readonly TsanFrame[];
}

/** One `WARNING: ThreadSanitizer: …` report, as parsed from stderr (plain data). */
export interface TsanReport {
  /** 'data race', 'heap-use-after-free', …: the words after 'WARNING: ThreadSanitizer: '. */
  readonly kind: string;
  /** The accesses in report order: the current one, then the previous one (a data race has both). */
  readonly accesses: readonly TsanAccess[];
  /** 'heap block of size 40 at 0x… allocated by thread T1', 'global …'. */
  readonly location?: string;
  /** TSAN thread name ('T3') → the OS thread id it printed (tid=…). */
  readonly tids: Readonly<Record<string, number>>;
  /** The SUMMARY line without its prefix. */
  readonly summary?: string;
  /** Where the report starts in the text it was parsed from (to place it after a marker line). */
  readonly offset: number;
  /** The report as TSAN printed it, capped. */
  readonly text: string;
}

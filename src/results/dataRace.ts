import type { Scenario } from '../scenario/scenario.ts';

/** One side of a data race: who touched the memory, and where in CPython. */
export interface RaceAccess {
  /** 'Write of size 8', 'Previous atomic read of size 8'. */
  readonly what: string;
  /** TSAN's thread name: 'T3' or 'main'. */
  readonly thread: string;
  /** Which thread of the scenario it was (0-based), 'main' for the harness's main thread, absent when unknown. */
  readonly worker?: number | 'main';
  /** e.g. 'write M0' when mutexes were held. */
  readonly mutexes?: string;
  /** The function the access is blamed on (see src/tsan/blameFrame.ts). */
  readonly blamed: string;
  /** Top frames, innermost first: 'list_resize Objects/listobject.c:93'. */
  readonly frames: readonly string[];
}

/** The upstream issue a race is known as (known-issues/known-issues.json). */
export interface KnownRaceRef {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

/** A ThreadSanitizer report turned into a finding (plain data; see src/tsan/). */
export interface DataRace {
  /** What makes two reports the same race: the pair of blamed functions, e.g. 'list_ass_slice ⟷ list_get_item_ref'. */
  readonly key: string;
  /** 'data race' (or another ThreadSanitizer warning: 'heap-use-after-free', …). */
  readonly kind: string;
  readonly accesses: readonly RaceAccess[];
  /** 'heap block of size 40 at 0x… allocated by thread T1'. */
  readonly location?: string;
  /** The scenario it was first seen in: its threads' operations are what was running. */
  readonly scenario: Scenario;
  /** How many reports with this key (in the case, or in the run for a run summary). */
  readonly reports: number;
  /** The first report, as TSAN printed it. */
  readonly report: string;
  /** Set when the race matches a known upstream issue: reported as known, not as a new finding. */
  readonly known?: KnownRaceRef;
}

import { capHead } from './capText.ts';

// faulthandler.c format_timeout: "Timeout (H:MM:SS[.ffffff])!"
export const WATCHDOG_BANNER = /^Timeout \((\d+):(\d\d):(\d\d)(?:\.(\d+))?\)!$/m;

const FATAL = /^Fatal Python error/m;
const TRACEBACK = /^Traceback \(most recent call last\):$/m;
const MAX_TRACEBACK = 64 * 1024;

/**
 * The part of stderr that explains a death, from its banner to the end: a fatal error (crash) first,
 * then the watchdog's all-threads dump (hang), then an uncaught exception's traceback.
 */
export const extractTraceback = (stderr: string): string | undefined => {
  for (const banner of [FATAL, WATCHDOG_BANNER, TRACEBACK]) {
    const match = banner.exec(stderr);
    if (match) return capHead(stderr.slice(match.index).trimEnd(), MAX_TRACEBACK);
  }
  return undefined;
};

/** Seconds the watchdog waited, from its banner, or undefined when the banner is absent. */
export const watchdogSeconds = (stderr: string): number | undefined => {
  const m = WATCHDOG_BANNER.exec(stderr);
  if (!m) return undefined;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return m[4] === undefined ? seconds : seconds + Number(`0.${m[4]}`);
};

/** "Segmentation fault" from "Fatal Python error: Segmentation fault", if any. */
export const fatalErrorLine = (stderr: string): string | undefined =>
  /^Fatal Python error: ?(.*)$/m.exec(stderr)?.[1]?.trim() || undefined;

import type { InterpInfo } from '../results/interpInfo.ts';

/** Exit code for an interpreter that cannot be used (same as a usage error). */
export const REFUSAL_EXIT_CODE = 2;

/** Why an interpreter cannot be used and what to do about it (plain data). */
export interface InterpRefusal {
  readonly path: string;
  /** e.g. 'is Python 3.12.3, older than 3.13' */
  readonly reason: string;
  /** e.g. 'use a free-threaded python3.13t or newer, or run `ftconform provision`' */
  readonly advice: string;
  readonly exitCode: typeof REFUSAL_EXIT_CODE;
}

export interface InterpAccepted { readonly ok: true; readonly info: InterpInfo }
export interface InterpRefused { readonly ok: false; readonly refusal: InterpRefusal }
export type InterpCheck = InterpAccepted | InterpRefused;

export const refuse = (path: string, reason: string, advice: string): InterpRefused => ({
  ok: false,
  refusal: { path, reason, advice, exitCode: REFUSAL_EXIT_CODE },
});

/** One line: what is wrong, then what to do. */
export const formatRefusal = (r: InterpRefusal): string => `${r.path} ${r.reason}; ${r.advice}`;

/** Carries a refusal to the edge, which prints formatRefusal and exits with REFUSAL_EXIT_CODE. */
export class InterpRefusedError extends Error {
  readonly exitCode = REFUSAL_EXIT_CODE;
  constructor(readonly refusal: InterpRefusal) {
    super(formatRefusal(refusal));
    this.name = 'InterpRefusedError';
  }
}

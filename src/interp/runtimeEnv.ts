import type { InterpInfo } from '../results/interpInfo.ts';

/** Environment variables that change how CPython runs threads (not how ftconform runs). */
export const RUNTIME_VARS = ['PYTHON_GIL'] as const;

/**
 * Carry the caller's runtime variables (e.g. PYTHON_GIL=1) in each interpreter's own environment, so that
 * every program, report and replay command of that interpreter says so explicitly.
 */
export const withRuntimeEnv = (interps: readonly InterpInfo[], env: NodeJS.ProcessEnv): InterpInfo[] => {
  const vars = Object.fromEntries(RUNTIME_VARS.flatMap((k) => (env[k] === undefined ? [] : [[k, env[k] as string]])));
  return interps.map((i) => (Object.keys(vars).length ? { ...i, env: { ...vars, ...i.env } } : i));
};

/** The environment without them: ftconform's own tests must not inherit the interpreter's settings. */
export const withoutRuntimeEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([k]) => !(RUNTIME_VARS as readonly string[]).includes(k)));

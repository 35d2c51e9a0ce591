import type { SerialInterp } from './runSerial.ts';

export interface SerialConfig {
  /** The machine's python3 (serial semantics are the same with the GIL), then the configured interpreter. */
  readonly interps: readonly SerialInterp[];
  /** Python processes (fast-check runs) per container. */
  readonly batches: number;
  readonly seed?: number;
  readonly path?: string;
}

const BATCHES: Readonly<Record<string, number>> = { quick: 2, default: 4, soak: 40 };

interface FtconformConfig {
  readonly options?: { readonly seed?: number; readonly path?: string; readonly profile?: string };
  readonly interps?: readonly { readonly path: string; readonly env?: Record<string, string> }[];
}

/**
 * FTCONFORM_CONFIG ({options, interps: [{path, env?}, ...]}) adds its first interpreter, the free-threaded
 * one, and may carry a seed and path to replay and a profile; FTCONFORM_SERIAL_BATCHES overrides the
 * number of batches the profile gives.
 */
export const serialConfig = (env: NodeJS.ProcessEnv = process.env): SerialConfig => {
  const parsed: FtconformConfig = env.FTCONFORM_CONFIG ? JSON.parse(env.FTCONFORM_CONFIG) as FtconformConfig : {};
  const first = parsed.interps?.[0];
  return {
    interps: [{ path: 'python3' }, ...(first ? [{ path: first.path, env: first.env }] : [])],
    batches: Number(env.FTCONFORM_SERIAL_BATCHES ?? BATCHES[parsed.options?.profile ?? 'default'] ?? 4),
    seed: parsed.options?.seed,
    path: parsed.options?.path,
  };
};

import type { InterpInfo } from '../../results/interpInfo.ts';

/** 'free-threaded build, GIL off, 16 CPUs, PYTHON_GIL=1': what decides whether threads can race. */
export const describeInterp = (i: InterpInfo): string => {
  const env = Object.entries(i.env ?? {}).map(([k, v]) => `${k}=${v}`);
  return [
    i.freeThreaded ? 'free-threaded build' : 'default (GIL) build',
    ...(i.tsan ? ['ThreadSanitizer'] : []),
    i.gilEnabled ? 'GIL on' : 'GIL off',
    `${i.cpus} CPU${i.cpus === 1 ? '' : 's'}`,
    ...env,
  ].join(', ');
};

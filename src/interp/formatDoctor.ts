import type { DoctorReport } from './doctor.ts';

const onOff = (b: boolean): string => (b ? 'on' : 'off');

/** Doctor's report as text lines. Pure. */
export const formatDoctor = (r: DoctorReport): string => {
  const i = r.interp;
  const env = i.env ? ` (with ${Object.entries(i.env).map(([k, v]) => `${k}=${v}`).join(' ')})` : '';
  return [
    `interpreter:    ${i.path}${env}`,
    ...(i.sharedLibrary ? [`shared library: ${i.sharedLibrary.library} is not on the loader's path; found in ${i.sharedLibrary.dir}, put first on LD_LIBRARY_PATH for every program`] : []),
    `version:        ${i.version}`,
    `build:          ${i.build}`,
    `free threading: ${i.freeThreaded ? 'on (built with --disable-gil)' : 'off (built with the GIL)'}`,
    `GIL right now:  ${onOff(i.gilEnabled)}`,
    `ThreadSanitizer: ${i.tsan ? `yes (data races are reported; suppressions: ${i.tsanSuppressions ?? 'none found'})` : 'no'}`,
    `usable CPUs:    ${i.cpus}${r.loadAverage !== undefined ? ` (load average ${r.loadAverage.toFixed(2)})` : ''}`,
    ...r.speedups.map((s) => `${s.threads} threads: ${s.speedup.toFixed(2)}× one thread's throughput`),
    ...(r.meetsPerSec !== undefined ? [`2 threads meeting and taking one dict's lock: ${Math.round(r.meetsPerSec).toLocaleString('en-US')} times a second`] : []),
    ...r.warnings.map((w) => `WARNING: ${w}`),
  ].join('\n');
};

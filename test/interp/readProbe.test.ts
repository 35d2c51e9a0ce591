import { describe, expect, it } from 'vitest';
import { readProbe } from '../../src/interp/readProbe.ts';
import type { ProbeRun } from '../../src/interp/runProbe.ts';

const run = (over: Partial<ProbeRun>): ProbeRun => ({ timedOut: false, stdout: '', stderr: '', exitCode: 0, ...over });
const reason = (r: ReturnType<typeof readProbe>): string => (r.ok ? 'accepted' : r.refusal.reason);

describe('readProbe', () => {
  it('finds the marked answer among other output (a sitecustomize may print)', () => {
    const stdout = 'hello from sitecustomize\nFTCONFORM_PROBE {"version":"3.13.5","build":"b","gilDisabledBuild":true,"gilEnabled":false,"cpus":4}\n';
    const r = readProbe('/p', run({ stdout }), 1000);
    expect(r.ok && r.info).toEqual({ path: '/p', version: '3.13.5', build: 'b', freeThreaded: true, gilEnabled: false, cpus: 4 });
  });

  it('reads a ThreadSanitizer build and where its suppressions are; older answers without the fields are plain builds', () => {
    const answer = (extra: string) =>
      `FTCONFORM_PROBE {"version":"3.13.15","build":"b","gilDisabledBuild":true,"gilEnabled":false,"cpus":2${extra}}`;
    const tsan = readProbe('/p', run({ stdout: answer(',"tsan":true,"tsanSuppressions":"/c/s.txt"') }), 1000);
    expect(tsan.ok && [tsan.info.tsan, tsan.info.tsanSuppressions]).toEqual([true, '/c/s.txt']);
    const none = readProbe('/p', run({ stdout: answer(',"tsan":true,"tsanSuppressions":null') }), 1000);
    expect(none.ok && none.info).toMatchObject({ tsan: true });
    expect(none.ok && 'tsanSuppressions' in none.info).toBe(false);
    const plain = readProbe('/p', run({ stdout: answer(',"tsan":false,"tsanSuppressions":null') }), 1000);
    expect(plain.ok && 'tsan' in plain.info).toBe(false);
  });

  it('prefers a timeout over whatever was printed before it', () => {
    expect(reason(readProbe('/p', run({ timedOut: true, exitCode: undefined, signal: 'SIGKILL' }), 20_000)))
      .toBe('did not answer the probe within 20 s (hangs?)');
  });

  it('names the signal of a crash', () => {
    expect(reason(readProbe('/p', run({ signal: 'SIGABRT', exitCode: undefined }), 1000))).toBe('crashed with SIGABRT while probed');
  });

  it('reports a process that could not start', () => {
    expect(reason(readProbe('/p', run({ startError: 'EACCES', exitCode: undefined }), 1000))).toBe('could not be started (EACCES)');
  });

  it('shortens long garbage to keep the refusal on one line', () => {
    const r = reason(readProbe('/p', run({ stdout: `${'x'.repeat(500)}\nmore` }), 1000));
    expect(r.length).toBeLessThan(130);
    expect(r).toContain('...');
  });

  it('rejects answers with missing or mistyped fields', () => {
    const stdout = 'FTCONFORM_PROBE {"version":"3.13","build":"b","gilDisabledBuild":true,"gilEnabled":false,"cpus":4}';
    expect(reason(readProbe('/p', run({ stdout }), 1000))).toBe('gave a malformed probe answer');
  });
});

import type { ProbeFailure } from '../interp/probeFailure.ts';
import type { Profile } from './profile.ts';
import type { CaseResult } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { shortId } from './scenarioKey.ts';

// A probe has no scenario: the reports show the probe program (the reproducer) instead (CaseResult.probe).
const NO_SCENARIO: Scenario = { container: 'dict', initial: [], threads: [], lock: 'none' };

/**
 * The interpreter crashed or hung in a doctor's probe, as a finding about the interpreter: a case of its own in
 * the 'doctor' suite, whose reproducer is the probe program and whose replay runs it. Pure.
 */
export const doctorFinding = (f: ProbeFailure['failure'], interp: InterpInfo, reproducer: string, profile: Profile): CaseResult => ({
  suite: 'doctor',
  property: f.probe,
  name: `doctor › ${f.probe} [${interp.version}${interp.freeThreaded ? 't' : ''}${interp.gilEnabled ? ' GIL' : ''} ${shortId(interp.path)}]`,
  interp,
  scenario: NO_SCENARIO,
  probe: f.probe,
  status: f.status,
  message: `${f.status} in the doctor (${f.probe}): ${f.message}`,
  runs: 0,
  histogram: [],
  overlap: { timed: 0, overlapped: 0, interleavedShare: 0 },
  seed: 0,
  path: '',
  replay: `${Object.entries(interp.env ?? {}).map(([k, v]) => `${k}=${v} `).join('')}${interp.path} ${reproducer}`,
  profile,
  reproducer,
  ...(f.signal ? { signal: f.signal } : {}),
  ...(f.traceback ? { traceback: f.traceback } : {}),
  ...(f.nativeStacks ? { nativeStacks: f.nativeStacks } : {}),
  ...(f.stacksNote ? { stacksNote: f.stacksNote } : {}),
  durationMs: f.durationMs,
});

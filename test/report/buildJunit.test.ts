import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildJunitXml } from '../../src/report/junit/buildJunit.ts';
import type { RunSummary } from '../../src/results/caseResult.ts';
import { failedCase, hungCase, makeCase, makeSummary, mixedSummary } from './fixtures.ts';

interface Prop { '@_name': string; '@_value': string }
interface Node { '@_message'?: string; '@_type'?: string; '#text'?: string }
interface Case {
  '@_name': string; '@_classname': string; '@_time': string;
  properties?: { property: Prop[] };
  failure?: Node; error?: Node; skipped?: Node | ''; 'system-out'?: string;
}
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; '@_errors': string; '@_skipped': string; properties: { property: Prop[] }; testcase: Case[] }

const parse = (summary: RunSummary): { name: string; suites: Suite[] } => {
  const xml = buildJunitXml(summary);
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    // Numeric character references (&#xA; for the newline in a message) are only decoded with this.
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  }).parse(xml);
  return { name: doc.testsuites['@_name'], suites: doc.testsuites.testsuite };
};

const props = (n: { properties?: { property: Prop[] } }): Record<string, string> =>
  Object.fromEntries((n.properties?.property ?? []).map((p) => [p['@_name'], p['@_value']]));

const byName = (suites: Suite[], name: string): Case => {
  const c = suites.flatMap((s) => s.testcase).find((t) => t['@_name'] === name);
  if (!c) throw new Error(`no testcase ${name}`);
  return c;
};

describe('buildJunitXml', () => {
  const summary = mixedSummary();
  const { name, suites } = parse(summary);

  it('has one testsuite per interpreter × suite, named suite [interpreter]', () => {
    expect(name).toBe('ftconform');
    expect(suites.map((s) => s['@_name'])).toEqual([
      'dict [3.13.5t /opt/py/bin/python3.13t]',
      'list [3.13.5t /opt/py/bin/python3.13t]',
      'set [3.13.5t /opt/py/bin/python3.13t]',
      'dict [3.13.5t /opt/py/bin/python3.13t [GIL on]]',
    ]);
    expect(suites[0]).toMatchObject({ '@_tests': '4', '@_failures': '1', '@_errors': '1', '@_skipped': '1' });
  });

  it('gives every case a testcase of its own, uniquely named', () => {
    const names = suites.flatMap((s) => s.testcase.map((t) => t['@_name']));
    expect(names).toHaveLength(summary.cases.length);
    expect(new Set(names).size).toBe(names.length);
    // Even when two cases carry the same name (they should not), the testcases stay distinct.
    const dup = parse({ ...summary, cases: [makeCase(), makeCase()] }).suites[0].testcase.map((t) => t['@_name']);
    expect(dup).toEqual([makeCase().name, `${makeCase().name} (2)`]);
  });

  it('puts interpreter, gil state, seed and profile in the suite properties', () => {
    expect(props(suites[0])).toMatchObject({
      'interpreter.path': '/opt/py/bin/python3.13t',
      'interpreter.version': '3.13.5',
      gil: 'disabled',
      seed: '-123',
      profile: 'quick',
      interrupted: 'false',
    });
    expect(props(suites[3])).toMatchObject({ gil: 'enabled', 'env.PYTHON_GIL': '1' });
  });

  it('reports a failed case as <failure> whose message starts with the replay command', () => {
    const c = failedCase();
    const t = byName(suites, c.name);
    expect(t.failure?.['@_message']?.split('\n')[0]).toBe(c.replay);
    expect(t.failure?.['@_message']?.split('\n')[1]).toBe('failed: FORBIDDEN outcome observed 3 times');
    expect(t.failure?.['#text']).toContain('FORBIDDEN');
    // Per-case facts open system-out (the Jenkins schema has no testcase properties).
    expect(t.properties).toBeUndefined();
    expect(t['system-out']?.split('\n').slice(0, 3)).toEqual([
      `replay: ${c.replay}`,
      `status: failed; property: ${c.property}; seed -123, path 7:1; ${c.runs} runs`,
      'reproducer: reports/repro/dict-7.py (reproduced 37/40)',
    ]);
  });

  it('reports a crash as <error type="crash"> with the signal and traceback', () => {
    const t = byName(suites, 'list.append is atomic #2:0 [3.13.5t]');
    expect(t.error?.['@_type']).toBe('crash');
    expect(t.error?.['@_message']?.split('\n')[0]).toMatch(/^npx ftconform run /);
    expect(t.error?.['@_message']).toContain('SIGSEGV');
    expect(t.error?.['#text']).toContain('signal: SIGSEGV');
    expect(t.error?.['#text']).toContain('Fatal Python error: Segmentation fault');
  });

  it('reports a hang as <error type="hang"> with the stacks, and an error as type="error"', () => {
    const hang = byName(suites, 'set.add is atomic #1:3 [3.13.5t]');
    expect(hang.error?.['@_type']).toBe('hang');
    expect(hang.error?.['#text']).toContain('Timeout (0:00:30)!');
    expect(byName(suites, 'dict.pop error #9:0').error?.['@_type']).toBe('error');
  });

  it("puts a hang's native stacks (gdb) after its Python stacks, or the line saying why there are none", () => {
    const native = 'Thread 2 (Thread 0x7f (LWP 12) "python3.13t"):\n#0  _PySemaphore_Wait (sema=0x1) at Python/parking_lot.c:222';
    const [withStacks, without] = [{ nativeStacks: native }, { stacksNote: 'native stacks not captured: no gdb on this machine (install gdb)' }]
      .map((over) => parse(makeSummary({ cases: [hungCase(over)] })).suites[0].testcase[0].error?.['#text'] ?? '');
    expect(withStacks).toMatch(/^Timeout \(0:00:30\)![\s\S]*\n\nevery thread's native stack \(gdb, before the kill\):\nThread 2 \(Thread 0x7f/);
    expect(withStacks).toContain('#0  _PySemaphore_Wait');
    expect(without).toMatch(/\n\nnative stacks not captured: no gdb on this machine \(install gdb\)$/);
  });

  it('skips known issues and inconclusive cases, saying why', () => {
    const known = byName(suites, 'dict.setdefault is atomic #5:0 known');
    expect(known.skipped).toMatchObject({ '@_message': expect.stringContaining('known issue: https://github.com/python/cpython/issues/12345') });
    const inconclusive = suites[3].testcase[0];
    expect(inconclusive.skipped).toMatchObject({ '@_message': expect.stringMatching(/^inconclusive, not a pass: negative control never fired/) });
    expect(inconclusive.failure).toBeUndefined();
  });

  it('puts the histogram table in system-out', () => {
    const out = byName(suites, failedCase().name)['system-out'];
    expect(out).toMatch(/RESULT +SAMPLES +FREQ +EXPECT +DESCRIPTION/);
    expect(out).toMatch(/t0: 'b' \| t1: 'c', 'a' \| final \{2: 'c'\} +3 +<0\.01 % +FORBIDDEN/);
  });

  it('marks an interrupted run on the root, every suite name and property', () => {
    const r = parse(mixedSummary({ interrupted: true }));
    expect(r.name).toBe('ftconform (interrupted)');
    for (const s of r.suites) {
      expect(s['@_name']).toMatch(/ \(interrupted\)$/);
      expect(props(s).interrupted).toBe('true');
    }
  });

  it('survives control characters and CDATA terminators in dumps', () => {
    const nasty = failedCase({ message: 'bad \u0000 byte', traceback: 'x ]]> y <skipped/> \u001b[31mred\u001b[0m' });
    const r = parse({ ...summary, cases: [nasty, makeCase({ status: 'inconclusive', message: 'why' })] });
    expect(r.suites[0].testcase[0].failure?.['#text']).toContain('x ]]> y <skipped/> red');
    expect(r.suites[0].testcase[1].skipped).toMatchObject({ '@_message': 'inconclusive, not a pass: why' });
  });
});

// ftconform's JUnit against a published JUnit schema: the one the Jenkins xUnit plugin validates
// reports with (test/report/schema/jenkins-junit-10.xsd, vendored), checked by libxml2's xmllint.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { lookPath } from '../../src/interp/lookPath.ts';
import { buildJunitXml } from '../../src/report/junit/buildJunit.ts';
import type { RunSummary } from '../../src/results/caseResult.ts';
import { failedCase, makeCase, mixedSummary } from './fixtures.ts';

const XSD = fileURLToPath(new URL('schema/jenkins-junit-10.xsd', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ftconform-junit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Fails (never skips) without xmllint, saying why and how to get it (`npm test` installs it as root). */
const xmllint = (): string => {
  const bin = lookPath('xmllint');
  if (!bin) throw new Error('xmllint not found: this test validates the JUnit report against the published schema with it. `npm test` installs it as root; or `apt-get install -y libxml2-utils`.');
  return bin;
};

/** xmllint's verdict on one document: exit code and what it printed. */
const validate = (xml: string, name: string): { code: number; output: string } => {
  const file = join(work, `${name}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync(xmllint(), ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}`.trim() };
};

const SUMMARIES: Record<string, RunSummary> = {
  mixed: mixedSummary(),
  interrupted: mixedSummary({ interrupted: true }),
  nasty: mixedSummary({ cases: [failedCase({ message: 'bad \u0000 byte', traceback: 'x ]]> y <skipped/> \u001b[31mred' }), makeCase({ status: 'inconclusive', message: '<why> & "how"' })] }),
  empty: mixedSummary({ cases: [] }),
};

describe('JUnit report against the Jenkins xUnit junit-10.xsd', () => {
  it('xmllint rejects what the schema forbids (testcase <properties>): the check can fail', () => {
    const bad = '<testsuites><testsuite name="s" tests="1" failures="0" errors="0"><testcase name="c"><properties/></testcase></testsuite></testsuites>';
    const r = validate(bad, 'bad');
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/Element 'properties': This element is not expected/);
  });

  it.each(Object.keys(SUMMARIES))('the %s run validates', (name) => {
    const r = validate(buildJunitXml(SUMMARIES[name]), name);
    expect(r.output).toBe(`${join(work, `${name}.xml`)} validates`);
    expect(r.code).toBe(0);
  });

  it('one suite per interpreter × suite, unique case names, the replay command first in every failure and error', () => {
    const doc = new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (n) => ['testsuite', 'testcase'].includes(n) })
      .parse(buildJunitXml(mixedSummary({ cases: [...mixedSummary().cases, makeCase(), makeCase()] })));
    const suites = doc.testsuites.testsuite as { '@_name': string; testcase: Record<string, { '@_message': string } | string>[] }[];
    expect(new Set(suites.map((s) => s['@_name'])).size).toBe(suites.length);
    const cases = suites.flatMap((s) => s.testcase);
    expect(new Set(cases.map((c) => c['@_name'])).size).toBe(cases.length);
    const messages = cases.flatMap((c) => [c.failure, c.error].flatMap((n) => (n && typeof n === 'object' ? [n['@_message']] : [])));
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) expect(m.split('\n')[0]).toMatch(/^npx ftconform run --interp \S+ --seed=-?\d+ --path=[\d:]+ --suite \S+/);
  });
});

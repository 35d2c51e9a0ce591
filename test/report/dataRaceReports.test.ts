import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookPath } from '../../src/interp/lookPath.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildJunitXml } from '../../src/report/junit/buildJunit.ts';
import { formatFinding } from '../../src/report/format/formatFinding.ts';
import { formatSummary } from '../../src/report/console/formatSummary.ts';
import { raceSummary } from '../../src/report/console/raceSummary.ts';
import type { CaseResult } from '../../src/results/caseResult.ts';
import type { DataRace } from '../../src/results/dataRace.ts';
import { dataRaces } from '../../src/tsan/dataRaces.ts';
import { placeReports } from '../../src/tsan/placeReports.ts';
import { tsanFixture } from '../tsan/fixture.ts';
import { dumpDom, requireChromium } from './chromium.ts';
import { makeCase, makeInterp, makeScenario, makeSummary } from './fixtures.ts';

// A real report (gcc 12, CPython 3.13.15t): t0 assigns a slice while t1 reads lst[0].
const scenario = makeScenario({
  container: 'list', initial: [0, 1],
  threads: [[{ op: 'list.setslice', args: [0, 1, [3, 2, 3]] }, { op: 'list.pop', args: [] }], [{ op: 'list.getitem', args: [0] }]],
});
const [race] = dataRaces(scenario, placeReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr')));
const [unrestored] = dataRaces(scenario, placeReports(tsanFixture('gcc-unrestored-stack.stderr')));
const tsan = makeInterp({ path: '/c/cpython-3.13.15t-tsan/bin/python3.13t', version: '3.13.15', tsan: true });
const known: DataRace = { ...unrestored, known: { id: 'gh-129069', title: 'list memmove races', url: 'https://github.com/python/cpython/issues/129069' } };

const raced = (over: Partial<CaseResult> = {}): CaseResult => makeCase({
  suite: 'list', property: 'list safe operations never corrupt', name: 'list safe operations never corrupt [3.13.15t TSAN]',
  interp: tsan, scenario, status: 'raced', races: [race, known],
  message: `ThreadSanitizer: data race ${race.key}; outcomes: 512 runs, no forbidden outcome (6 scenarios, 3584 runs)`,
  replay: 'npm test -- --interp /c/cpython-3.13.15t-tsan/bin/python3.13t --seed=1 --path=1:0 --suite list',
  reproducer: 'reports/repro/list-1.py', reproduced: { hits: 4, tries: 5 }, ...over,
});

describe('a data-race finding in the console', () => {
  const text = formatFinding(raced());

  it('starts with the replay command, then RACED and the race', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(raced().replay);
    expect(lines[1]).toMatch(/^RACED list safe operations never corrupt: ThreadSanitizer: data race list_ass_slice_lock_held ⟷ list_get_item_ref;/);
  });

  it('shows each access with the scenario thread and its Python operations, then its top C frames', () => {
    expect(text).toContain('data races (ThreadSanitizer), 2 distinct:');
    expect(text).toContain('NEW  data race: list_ass_slice_lock_held ⟷ list_get_item_ref  (1 report)');
    expect(text).toContain('Atomic read of size 8 by t1 (TSAN T6) running list.getitem(0)');
    expect(text).toContain('Previous write of size 8 by t0 (TSAN T5) running list.setslice(0, 1, [3, 2, 3]); list.pop()');
    expect(text).toMatch(/\n {8}list_ass_slice_lock_held Objects\/listobject\.c:985\n/);
    expect(text).toContain('KNOWN gh-129069 (https://github.com/python/cpython/issues/129069)  data race: ? ⟷ list_get_item_ref');
    expect(text).toContain('(stack not restored by TSAN)');
  });
});

describe('data races in the run summary', () => {
  const again = raced({ name: 'list other case [3.13.15t TSAN]', races: [{ ...race, reports: 3 }] });
  const summary = makeSummary({ interps: [tsan], cases: [raced(), again, makeCase({ interp: tsan })] });

  it('deduplicates by the pair of top frames over every case, new races first', () => {
    expect(raceSummary(summary).map((r) => [r.race.key, r.reports, r.cases.length, r.race.known?.id])).toEqual([
      ['list_ass_slice_lock_held ⟷ list_get_item_ref', 4, 2, undefined],
      ['? ⟷ list_get_item_ref', 1, 1, 'gh-129069'],
    ]);
  });

  it('lists them after the verdict, and a raced case fails the run', () => {
    const text = formatSummary(summary);
    expect(text).toMatch(/verdict: FAIL: 2 findings in 3 cases \(2 raced\)/);
    expect(text).toContain('data races (ThreadSanitizer): 2 distinct, 1 new, 1 known');
    expect(text).toMatch(/ {2}NEW {2}data race: list_ass_slice_lock_held ⟷ list_get_item_ref — 4 reports in 2 cases \(first: list safe operations never corrupt \[3\.13\.15t TSAN\]\)/);
    expect(text).toMatch(/ {2}KNOWN gh-129069 {2}data race: \? ⟷ list_get_item_ref — 1 report in 1 case .* https:\/\/github\.com\/python\/cpython\/issues\/129069$/m);
  });
});

describe('data races in JUnit', () => {
  const summary = makeSummary({ interps: [tsan], cases: [raced(), raced({ name: 'known only', status: 'known', races: [known], knownIssue: known.known!.url, message: 'known data race gh-129069' })] });
  const xml = buildJunitXml(summary);
  const doc = new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (n) => ['testsuite', 'testcase', 'property'].includes(n) }).parse(xml);
  const cases = doc.testsuites.testsuite[0].testcase as Record<string, Record<string, unknown> & { '@_message': string }>[];

  it('is valid XML with an <error type="data-race"> whose message starts with the replay command', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(cases[0].error['@_type']).toBe('data-race');
    expect(String(cases[0].error['@_message']).split('\n')[0]).toBe(raced().replay);
    expect(String(cases[0].error['#text'])).toContain('list_ass_slice_lock_held Objects/listobject.c:985');
    expect(String(cases[0]['system-out'])).toContain('data races: list_ass_slice_lock_held ⟷ list_get_item_ref; ? ⟷ list_get_item_ref (known: gh-129069)');
    expect(doc.testsuites.testsuite[0]['@_errors']).toBe('1');
  });

  it('passes the schema Jenkins validates JUnit against (xmllint, junit-10.xsd)', () => {
    const bin = lookPath('xmllint');
    if (!bin) throw new Error('xmllint not found: `npm test` installs it as root; or `apt-get install -y libxml2-utils`');
    const dir = mkdtempSync(join(tmpdir(), 'ftconform-race-junit-'));
    try {
      writeFileSync(join(dir, 'junit.xml'), xml);
      const xsd = fileURLToPath(new URL('schema/jenkins-junit-10.xsd', import.meta.url));
      const r = spawnSync(bin, ['--noout', '--schema', xsd, join(dir, 'junit.xml')], { encoding: 'utf8' });
      expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips a case whose races are all known, with the reference', () => {
    expect(cases[1].error).toBeUndefined();
    expect(cases[1].skipped['@_message']).toMatch(/^known issue: https:\/\/github\.com\/python\/cpython\/issues\/129069: /);
  });
});

describe('data races in HTML', () => {
  const nasty = { ...race, accesses: race.accesses.map((a, i) => (i === 0 ? { ...a, frames: ['<script>alert(1)</script> x.c:1'] } : a)) };
  const summary = makeSummary({ interps: [tsan], cases: [raced({ races: [nasty, known] })] });
  const html = buildHtml(summary, { htmlDir: 'reports' });
  let work: string | undefined;
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('gives the raced case a section per race: badge, key, each access with its operations and frames, the raw report', () => {
    expect(html).toContain('<h4>Data races (ThreadSanitizer): 2 distinct</h4>');
    expect(html).toContain('<span class="badge st-raced">NEW</span> <code>list_ass_slice_lock_held ⟷ list_get_item_ref</code>');
    expect(html).toContain('Previous write of size 8 by t0 (TSAN T5) running list.setslice(0, 1, [3, 2, 3]); list.pop()');
    expect(html).toContain('<a href="https://github.com/python/cpython/issues/129069">gh-129069</a>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('renders in Chromium with the case open and its race frames in <pre>', () => {
    requireChromium();
    work = mkdtempSync(join(tmpdir(), 'ftconform-race-html-'));
    const file = join(work, 'index.html');
    writeFileSync(file, html);
    const dom = dumpDom(file);
    expect(dom).toMatch(/<details class="case st-raced" id="case-0" open="">/);
    expect(dom).toMatch(/<pre class="frames">list_ass_slice_lock_held Objects\/listobject\.c:985\n/);
    expect(dom).toContain('RACED');
  });
});

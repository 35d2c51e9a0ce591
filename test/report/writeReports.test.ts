import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildJunitXml } from '../../src/report/junit/buildJunit.ts';
import { writeReports } from '../../src/report/writeReports.ts';
import { mixedSummary } from './fixtures.ts';

describe('writeReports', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the JUnit XML and reports/index.html, creating folders, and says where', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ftconform-reports-'));
    const summary = mixedSummary();
    const junit = join(dir, 'out', 'deep', 'junit.xml');
    const reportsDir = join(dir, 'reports');
    const paths = await writeReports(summary, { junit, reportsDir });
    expect(paths).toEqual({ junitPath: junit, htmlPath: join(reportsDir, 'index.html'),
      written: [{ name: 'JUnit XML', path: junit }, { name: 'HTML', path: join(reportsDir, 'index.html') }] });
    expect(readFileSync(junit, 'utf8')).toBe(buildJunitXml(summary));
    const html = readFileSync(paths.htmlPath, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // The reproducer path is relative to the working folder; the page links to it from reportsDir.
    const href = html.match(/<a class="repro" href="([^"]+)"/)![1];
    expect(join(reportsDir, href)).toBe(join(process.cwd(), 'reports/repro/dict-7.py'));
    expect(existsSync(paths.htmlPath)).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import type { RunSummary } from '../../src/results/caseResult.ts';
import { dumpDom, requireChromium } from './chromium.ts';
import { failedCase, makeCase, mixedSummary } from './fixtures.ts';

const NASTY = 'dict.pop is atomic <img src=x onerror=alert(1)> & "quotes"';

let work: string | undefined;
const render = (summary: RunSummary, name: string): string => {
  const htmlDir = join(work!, 'reports');
  const file = join(htmlDir, `${name}.html`);
  mkdirSync(htmlDir, { recursive: true });
  writeFileSync(file, buildHtml(summary, { htmlDir: 'reports', cwd: work! }));
  return dumpDom(file);
};

/** The <details> element of one case, as Chromium serialised it. */
const caseBlock = (dom: string, status: string, n = 0): string => {
  const blocks = dom.match(new RegExp(`<details class="case st-${status}"[\\s\\S]*?</details>`, 'g')) ?? [];
  if (!blocks[n]) throw new Error(`no ${status} case #${n} in the page`);
  return blocks[n];
};

describe('buildHtml rendered in headless Chromium', () => {
  const summary = mixedSummary({
    interrupted: true,
    cases: [...mixedSummary().cases, makeCase({ path: '11:0', name: NASTY, status: 'error', message: '<b>not bold</b>' })],
  });
  // Rendered on first use, inside a test, so a missing Chromium fails every test with its message.
  let pages: { dom: string; plainDom: string } | undefined;
  const rendered = (): { dom: string; plainDom: string } => {
    if (pages) return pages;
    requireChromium();
    work = mkdtempSync(join(tmpdir(), 'ftconform-html-'));
    const repro = join(work, failedCase().reproducer!);
    mkdirSync(dirname(repro), { recursive: true });
    writeFileSync(repro, 'print("repro")\n');
    pages = { dom: render(summary, 'index'), plainDom: render(mixedSummary(), 'plain') };
    return pages;
  };
  let dom = '';
  let plainDom = '';
  beforeEach(() => {
    ({ dom, plainDom } = rendered());
  }, 120_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows every case by name, non-passing ones first and open, passing ones collapsed', () => {
    const order = [...dom.matchAll(/<details class="case st-(\w+)"[^>]*?( open="")?>/g)].map((m) => [m[1], Boolean(m[2])]);
    expect(order).toEqual([
      ['failed', true], ['crashed', true], ['hung', true], ['error', true], ['error', true],
      ['known', true], ['inconclusive', true], ['passed', false],
    ]);
    for (const c of mixedSummary().cases) expect(dom).toContain(`<span class="cname">${c.name}</span>`);
  });

  it('escapes all text: markup in names and messages stays text', () => {
    expect(dom).toContain('dict.pop is atomic &lt;img src=x onerror=alert(1)&gt; &amp; "quotes"');
    expect(dom).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(dom).not.toMatch(/<img|<b>not bold/);
  });

  it('needs nothing from outside: no scripts, no external resources', () => {
    expect(dom).not.toMatch(/<script|<link|<iframe|<[^>]*\s(src|srcset|onerror|onload)=/i);
    expect(dom).not.toMatch(/href="(https?:)?\/\//);
  });

  it('grids suites × interpreters with colour-coded counts', () => {
    const grid = dom.match(/<table class="grid">[\s\S]*?<\/table>/)![0];
    expect(grid).toContain('<th>3.13.5t /opt/py/bin/python3.13t [GIL on]<small>');
    expect(grid).toMatch(/<td class="cell st-failed"><span class="chip st-failed">1 failed<\/span><span class="chip st-error">2 error<\/span>/);
    expect(grid).toContain('<td class="cell st-crashed"><span class="chip st-crashed">1 crashed</span>');
    expect(grid).toContain('<td class="cell st-inconclusive"><span class="chip st-inconclusive">1 inconclusive</span>');
    expect(grid).toContain('<td class="cell empty">—</td>');
  });

  it('draws the histogram as bars coloured by grade, FORBIDDEN first', () => {
    const block = caseBlock(dom, 'failed');
    const bars = [...block.matchAll(/<div class="fill g-(\w+)" style="width:\s*([\d.]+)%;?">/g)].map((m) => [m[1], m[2]]);
    expect(bars).toEqual([['forbidden', '0.00'], ['acceptable', '100.00'], ['acceptable_interesting', '0.00']]);
    expect(block).toMatch(/<td class="outcome"[^>]*>t0: 'b' \| t1: 'c', 'a' \| final \{2: 'c'\}<\/td><td class="num">3<\/td>/);
    const passed = caseBlock(dom, 'passed');
    expect([...passed.matchAll(/class="fill g-acceptable" style="width:\s*([\d.]+)%/g)].map((m) => m[1])).toEqual(['75.00', '25.00']);
  });

  it('links the reproducer relative to the page, and the link resolves', () => {
    const block = caseBlock(dom, 'failed');
    const href = block.match(/<a class="repro" href="([^"]+)">reports\/repro\/dict-7\.py<\/a> — reproduced 37 \/ 40 runs/)![1];
    expect(href).toBe('repro/dict-7.py');
    expect(existsSync(resolve(work!, 'reports', href))).toBe(true);
  });

  it('shows the replay command in a code block, overlap figures, and tracebacks in <pre>', () => {
    const block = caseBlock(dom, 'failed');
    expect(block).toContain(`<pre class="replay"><code>${failedCase().replay}</code></pre>`);
    expect(block).toContain('overlap: 12.3 % of timed runs overlapped in time (123 / 1,000); 4.1 % of outcomes needed interleaving');
    expect(caseBlock(dom, 'crashed')).toMatch(/<pre class="traceback">Fatal Python error: Segmentation fault\n/);
    expect(caseBlock(dom, 'hung')).toMatch(/Stacks of every thread<\/h4><pre class="traceback">Timeout \(0:00:30\)!/);
  });

  it('shows the interrupted banner only for an interrupted run', () => {
    expect(dom).toMatch(/<div class="banner interrupted" id="interrupted" role="alert">Run interrupted/);
    expect(plainDom).not.toContain('banner interrupted');
    expect(plainDom).toMatch(/<div class="verdict v-fail" id="verdict">FAIL: 4 findings in 7 cases/);
  });
});

// The finding path end to end, on the real interpreter: a deliberately broken dict.setdefault
// (src/catalogue/fixtures.ts) must be graded FORBIDDEN, shrunk, replayable from its seed and path,
// and reported as a standalone reproducer, a JUnit failure, a console table and an HTML card.
import { execa } from 'execa';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkProperty } from '../src/engine/checkProperty.ts';
import { noContention } from '../src/engine/judgeScenario.ts';
import { PROFILES } from '../src/engine/profile.ts';
import { replayCommand } from '../src/engine/replayCommand.ts';
import { suiteConfig } from '../src/orchestration/suiteConfig.ts';
import { buildHtml } from '../src/report/html/buildHtml.ts';
import { buildJunitXml } from '../src/report/junit/buildJunit.ts';
import { formatFinding } from '../src/report/format/formatFinding.ts';
import { createPool } from '../src/run/runPool.ts';
import { tsanEnv } from '../src/tsan/tsanEnv.ts';
import { brokenSetdefaultProperty } from './selftest.suite.ts';
import { scenarioArb } from '../generators/scenario.ts';

const { options, interps } = suiteConfig();

for (const interp of interps) {
  test(`broken fixture becomes an actionable finding [${interp.path}]`, async () => {
    const pool = createPool(1);
    const reproDir = mkdtempSync(join(tmpdir(), 'ftconform-selftest-'));
    const seed = options.seed;
    const ctx = { interp, pool, profile: PROFILES.quick, seed, reproDir, arbitrary: scenarioArb,
      replayCommand: (s: number, p: string, suite: string) => replayCommand(interp, s, p, suite) };
    const result = await checkProperty(brokenSetdefaultProperty, { ...ctx, path: options.path });
    if (noContention(interp)) {
      // With the GIL on the race may not show; the case must never claim a pass it has not earned.
      expect(['failed', 'inconclusive']).toContain(result.status);
      return;
    }
    expect(result.status, result.message).toBe('failed');
    expect(result.histogram.some((g) => g.expect === 'FORBIDDEN')).toBe(true);
    expect(result.broken?.source).toMatch(/threadsafety/);

    // Console: the replay command first, then a jcstress table with the FORBIDDEN row.
    const text = formatFinding(result);
    expect(text.split('\n')[0]).toBe(result.replay);
    expect(result.replay).toMatch(new RegExp(`--seed=${seed} --path=[\\d:]+ --suite selftest`));
    expect(text).toMatch(/RESULT\s+SAMPLES\s+FREQ\s+EXPECT\s+DESCRIPTION/);
    expect(text).toMatch(/FORBIDDEN/);

    // Shrunk and confirmed: fast-check took shrink steps (a path longer than the draw's index), unless
    // the first failing draw was already as small as the shape allows (2 threads × 2 operations).
    const ops = result.scenario.threads.flat().length;
    expect(result.path.split(':').length > 1 || ops === 4, `path ${result.path}, ${ops} operations`).toBe(true);
    expect(result.reproduced?.hits).toBeGreaterThan(0);

    // Replay from seed and path regenerates the same scenario and fails again.
    const replayed = await checkProperty(brokenSetdefaultProperty, { ...ctx, path: result.path });
    expect(replayed.scenario).toEqual(result.scenario);
    expect(replayed.status).toBe('failed');

    // The reproducer fails on its own, with nothing but the interpreter.
    expect(result.reproducer && existsSync(result.reproducer)).toBe(true);
    const repro = await execa(interp.path, [result.reproducer!, '20'], { env: { ...tsanEnv(interp), ...interp.env }, reject: false, timeout: 120_000 });
    expect(repro.exitCode, repro.stdout + repro.stderr).toBe(1);
    expect(repro.stdout).toMatch(/FORBIDDEN outcome seen after \d+ runs/);

    // Ready to file upstream: an issue draft beside the reproducer, with the guarantee's doc sentence, the
    // short reproducer inline (written beside it too) and its runs without and with PYTHON_GIL=1.
    expect(result.issueDraft).toBe(result.reproducer!.replace(/\.py$/, '.issue.md'));
    const draft = readFileSync(result.issueDraft!, 'utf8');
    expect(draft).toContain(`"${result.broken!.sentence}"`);
    expect(draft).toContain(readFileSync(result.reproducer!.replace(/\.py$/, '.short.py'), 'utf8').trimEnd());
    expect(draft).toMatch(/^- The reproducer on 3\.\d+\.\d+t: (not )?reproduced \(.+ rounds\)\.$/m);
    expect(draft).toMatch(/^- The reproducer on 3\.\d+\.\d+t with `PYTHON_GIL=1`: (not )?reproduced \(.+ rounds\)\.$/m);

    // JUnit: a <failure> whose message starts with the replay command.
    const summary = { startedAt: '', finishedAt: '', interrupted: false, profile: 'quick', interps: [interp], cases: [result] };
    const xml = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(buildJunitXml(summary));
    const suite = [xml.testsuites.testsuite].flat()[0];
    const testcase = [suite.testcase].flat()[0];
    expect(String(testcase.failure['@_message']).split('\n')[0]).toBe(result.replay);

    // HTML: the case, its FORBIDDEN bar and a link to the reproducer.
    const html = buildHtml(summary, { htmlDir: reproDir });
    expect(html).toContain('FORBIDDEN');
    expect(html).toContain(result.replay.replace(/'/g, '&#39;').split(' --path')[0].slice(0, 20));
    pool.cancel();
  }, 300_000);
}

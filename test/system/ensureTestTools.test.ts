import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/describeError.ts';
import { APT_START, aptStep, formatAptProgress } from '../../src/system/aptProgress.ts';
import { ensureTestTools } from '../../src/system/ensureTestTools.ts';
import { TEST_TOOLS, type TestTool } from '../../src/system/testTools.ts';

const tool = (name: string, pkg: string, present = false): TestTool => ({ name, pkg, why: `${name} is needed`, present: () => present });

describe('ensureTestTools', () => {
  it('does nothing when everything is there', async () => {
    const lines: string[] = [];
    await ensureTestTools((l) => lines.push(l), [tool('a', 'pkg-a', true)], false);
    expect(lines).toEqual([]);
  });

  it('without root: one line naming what to install and how (exit 2), never a red test run', async () => {
    const e = await ensureTestTools(() => {}, [tool('chromium', 'chromium'), tool('xmllint', 'libxml2-utils'), tool('ok', 'ok', true)], false)
      .then(() => undefined, (err: unknown) => err);
    expect(describeError(e)).toEqual({
      exitCode: 2,
      line: 'npm test needs chromium (chromium is needed) and xmllint (xmllint is needed): install them with `apt-get install -y chromium libxml2-utils` as root (or set CHROMIUM=/path/to/chromium)',
    });
  });

  it('knows what the tool tests need: a real browser and xmllint', () => {
    expect(TEST_TOOLS.map((t) => [t.name, t.pkg])).toEqual([['chromium', 'chromium'], ['xmllint', 'libxml2-utils']]);
  });
});

describe('apt-get progress', () => {
  it('counts packages downloaded, unpacked and set up out of the total', () => {
    const lines = [
      '0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.',
      'Get:1 http://deb.example/debian bookworm/main amd64 libx 1.0 [10 kB]', 'Get:2 http://deb.example x', 'Get:3 http://deb.example y',
      'Unpacking libx (1.0) ...', 'Unpacking liby (1.0) ...',
    ];
    const seen = lines.reduce<string[]>((acc, l, i) => [...acc, formatAptProgress(lines.slice(0, i + 1).reduce(aptStep, APT_START))], []);
    expect(seen).toEqual(['downloaded 0 / 3 packages', 'downloaded 1 / 3 packages', 'downloaded 2 / 3 packages',
      'downloaded 3 / 3 packages', 'unpacked 1 / 3 packages', 'unpacked 2 / 3 packages']);
    const done = ['Setting up a', 'Setting up b', 'Setting up c', 'Setting up triggers'].reduce(aptStep, lines.reduce(aptStep, APT_START));
    expect(formatAptProgress(done)).toBe('set up 3 / 3 packages');
  });
});

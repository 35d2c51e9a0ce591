import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { findChromium } from '../../src/system/chromiumPath.ts';

/**
 * Fails (never skips) when the browser is missing, saying how to get it. `npm test` installs it first
 * (src/system/ensureTestTools.ts); this is for `npx vitest` run directly.
 */
export const requireChromium = (): string => {
  const bin = findChromium();
  if (bin === undefined) {
    throw new Error(
      'Chromium not found: the HTML report tests render the page in headless Chromium. `npm test` installs it as root; ' +
        'or install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM=/path/to/chromium).',
    );
  }
  return bin;
};

/** Loads a local file in headless Chromium (fresh profile, no network chatter) and returns the DOM it built. */
export const dumpDom = (file: string): string => {
  const bin = requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'ftconform-chromium-'));
  try {
    return execFileSync(
      bin,
      [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(file).href,
      ],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

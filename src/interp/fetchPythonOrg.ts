import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { Progress } from './progress.ts';

/** A release known to exist; the tarball URL pattern has been stable for years. */
export const PYTHON_ORG_VERSION = '3.14.0';

export const pythonOrgUrl = (version: string): string =>
  `https://www.python.org/ftp/python/${version}/Python-${version}.tar.xz`;

/** Downloads the python.org source tarball (of `version`, default PYTHON_ORG_VERSION) into `workDir`; undefined when unreachable (fails fast). */
export const fetchPythonOrg = async (
  workDir: string,
  progress: Progress,
  connectTimeoutMs = 10_000,
  version = PYTHON_ORG_VERSION,
): Promise<string | undefined> => {
  const url = pythonOrgUrl(version);
  progress(`download: ${url}`);
  const connect = new AbortController();
  const timer = setTimeout(() => connect.abort(), connectTimeoutMs);
  try {
    const res = await fetch(url, { signal: connect.signal });
    clearTimeout(timer);
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    const file = join(workDir, `Python-${version}.tar.xz`);
    await pipeline(Readable.fromWeb(res.body as ReadableStream), createWriteStream(file));
    return file;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    progress(`download: python.org not reachable (${cause ?? (e as Error).message})`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
};

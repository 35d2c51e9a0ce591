import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnownIssue } from './knownIssue.ts';

export const KNOWN_ISSUES_FILE = fileURLToPath(new URL('../../known-issues/known-issues.json', import.meta.url));

let cached: readonly KnownIssue[] | undefined;

/** The known-issues data file, read once. */
export const loadKnownIssues = (): readonly KnownIssue[] =>
  (cached ??= JSON.parse(readFileSync(KNOWN_ISSUES_FILE, 'utf8')) as KnownIssue[]);

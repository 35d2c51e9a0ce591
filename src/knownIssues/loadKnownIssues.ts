import { readFileSync } from 'node:fs';
import type { KnownIssue } from './knownIssue.ts';
import { isKnownRace, type KnownRace } from './knownRace.ts';
import { packageFile } from '../package/packageFile.ts';

export const KNOWN_ISSUES_FILE = packageFile('known-issues', 'known-issues.json');

let cached: readonly unknown[] | undefined;
const entries = (): readonly unknown[] => (cached ??= JSON.parse(readFileSync(KNOWN_ISSUES_FILE, 'utf8')) as unknown[]);

/** The known-issues data file's outcome entries (forbidden outcomes, crashes, hangs), read once. */
export const loadKnownIssues = (): readonly KnownIssue[] => entries().filter((e) => !isKnownRace(e)) as KnownIssue[];

/** Its ThreadSanitizer entries: known races keyed by frames. */
export const loadKnownRaces = (): readonly KnownRace[] => entries().filter(isKnownRace);

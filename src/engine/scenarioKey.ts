import { createHash } from 'node:crypto';
import type { Scenario } from '../scenario/scenario.ts';

export const scenarioKey = (s: Scenario): string => JSON.stringify(s);

/** A short stable id: for file names of reproducers and to tell interpreters apart in names. */
export const shortId = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

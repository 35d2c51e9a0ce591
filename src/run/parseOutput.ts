import type { ResultRecord } from './programRun.ts';

export interface ParsedOutput {
  readonly records: readonly ResultRecord[];
  readonly started: readonly string[];
  readonly unfinished?: string;
  readonly malformed: readonly string[];
  readonly malformedCount: number;
}

const MAX_MALFORMED = 20;
const MAX_LINE = 200;

const parseObject = (line: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads a program's stdout by the protocol: `{"start": id}` before a scenario, `{"id": id, ...}` after it.
 * Any other non-blank line (not JSON, not an object, or an object with neither key) is malformed.
 */
export const parseOutput = (stdout: string): ParsedOutput => {
  const records: ResultRecord[] = [];
  const started: string[] = [];
  const malformed: string[] = [];
  let malformedCount = 0;
  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const object = parseObject(line);
    if (object !== undefined && typeof object.id === 'string') {
      records.push(object as ResultRecord);
    } else if (object !== undefined && typeof object.start === 'string') {
      started.push(object.start);
    } else {
      malformedCount += 1;
      if (malformed.length < MAX_MALFORMED) malformed.push(line.slice(0, MAX_LINE));
    }
  }
  const finished = new Set(records.map((r) => r.id));
  const unfinished = started.filter((id) => !finished.has(id)).at(-1);
  return { records, started, ...(unfinished !== undefined && { unfinished }), malformed, malformedCount };
};

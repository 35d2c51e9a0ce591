import { describe, expect, it } from 'vitest';
import { parseOutput } from '../../src/run/parseOutput.ts';
import { runFixture } from './fixtureRun.ts';

describe('malformed output', { timeout: 30_000 }, () => {
  it('classifies non-JSON lines after exit 0 as an error, keeping the good records', async () => {
    const run = await runFixture('garbage.py');
    expect(run).toMatchObject({ status: 'error', exitCode: 0, malformed: ['garbage', '[1, 2, 3]'], malformedCount: 2 });
    expect(run.records).toEqual([{ id: 's1' }]);
    expect(run.message).toBe('malformed output: "garbage" (+1 more lines)');
  });

  it('classifies a started scenario with no result record as an error', async () => {
    const run = await runFixture('unfinished.py');
    expect(run).toMatchObject({ status: 'error', exitCode: 0, started: ['s1'], unfinished: 's1', records: [] });
    expect(run.message).toBe('exited 0 but scenario s1 printed no result record');
  });

  it('parses start lines, records and blank lines by the protocol', () => {
    const parsed = parseOutput('{"start": "a"}\n\n{"id": "a", "n": 1}\n{"start": "b"}\n{"other": 1}\n42\n');
    expect(parsed).toEqual({
      records: [{ id: 'a', n: 1 }],
      started: ['a', 'b'],
      unfinished: 'b',
      malformed: ['{"other": 1}', '42'],
      malformedCount: 2,
    });
  });

  it('caps how many malformed lines it keeps, and their length', () => {
    const parsed = parseOutput(`${'x'.repeat(500)}\n`.repeat(100));
    expect(parsed.malformedCount).toBe(100);
    expect(parsed.malformed).toHaveLength(20);
    expect(parsed.malformed[0]).toHaveLength(200);
  });
});

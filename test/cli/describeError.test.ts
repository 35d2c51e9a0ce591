import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/describeError.ts';
import { InterpRefusedError, refuse } from '../../src/interp/interpRefusal.ts';
import { UsageError } from '../../src/options/parseArgs.ts';

describe('describeError', () => {
  it('gives usage errors and refusals their line and exit code 2', () => {
    expect(describeError(new UsageError('unknown flag --x; valid flags: …'))).toEqual({ line: 'unknown flag --x; valid flags: …', exitCode: 2 });
    const refused = refuse('/p', 'does not exist', 'pass another').refusal;
    expect(describeError(new InterpRefusedError(refused))).toEqual({ line: '/p does not exist; pass another', exitCode: 2 });
  });

  it('keeps a bug to one line without its stack', () => {
    const d = describeError(new TypeError('x is undefined\n    at somewhere'));
    expect(d.exitCode).toBe(1);
    expect(d.line).toBe('internal error: x is undefined (set FTCONFORM_DEBUG=1 for details)');
  });
});

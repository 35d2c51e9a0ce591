// .github/workflows/ftconform.yml: valid for GitHub Actions (SchemaStore's workflow schema, through
// @action-validator/core), shards on a matrix, caches the interpreter, uploads artifacts, merges and
// publishes the JUnit; the commands it runs are the README's.
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ftconformOptions, read, readmeCommands } from './ciCommands.ts';

const FILE = '.github/workflows/ftconform.yml';
interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Job { needs?: string; if?: string; 'runs-on': string; strategy?: { matrix: { shard: number[] } }; env?: Record<string, string>; steps: Step[] }
const workflow = parse(read(FILE)) as { jobs: Record<string, Job> };
const { shard, merge } = workflow.jobs;
const runs = (j: Job) => j.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
const uses = (j: Job, action: string) => j.steps.find((s) => s.uses?.startsWith(`${action}@`));

describe(FILE, () => {
  it('is a valid workflow', () => {
    expect(validateWorkflow(read(FILE)).errors).toEqual([]);
    // The validator does reject what GitHub would.
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: nope\n').errors).not.toEqual([]);
  });

  it('runs a matrix of 4 shards on ubuntu-latest, the interpreter cached, results uploaded', () => {
    expect(shard['runs-on']).toBe('ubuntu-latest');
    expect(shard.strategy?.matrix.shard).toEqual([1, 2, 3, 4]);
    expect(shard.env?.FTCONFORM_SHARD).toBe('${{ matrix.shard }}/${{ strategy.job-total }}');
    expect(uses(shard, 'actions/cache')?.with?.path).toBe('~/.cache/ftconform');
    expect(uses(shard, 'actions/upload-artifact')).toMatchObject({ if: 'always()', with: { path: 'reports/' } });
  });

  it('merges every shard after they end, whatever they found, and publishes the JUnit', () => {
    expect(merge).toMatchObject({ needs: 'shard', if: 'always()' });
    expect(uses(merge, 'actions/download-artifact')?.with).toMatchObject({ pattern: 'ftconform-shard-*', path: 'shards' });
    expect(uses(merge, 'mikepenz/action-junit-report')?.with?.report_paths).toBe('reports/junit.xml');
  });

  it('runs the commands the README documents for it', () => {
    expect([...new Set([...runs(shard), ...runs(merge)])]).toEqual(readmeCommands(FILE));
  });

  it('each shard resolves its part from the matrix (--shard auto) with the run id as the shared seed', () => {
    const values = { 'github.run_id': '9876543210' };
    for (const k of [1, 2, 3, 4]) {
      const run = runs(shard).find((c) => c.startsWith('npx ftconform run'))!;
      const { command, options } = ftconformOptions(run, values, { FTCONFORM_SHARD: `${k}/4`, CI: 'true' });
      expect(command).toBe('run');
      expect(options).toMatchObject({ shard: { index: k, total: 4 }, seed: 9876543210, reportsDir: 'reports' });
    }
    const m = ftconformOptions(runs(merge).find((c) => c.startsWith('npx ftconform merge'))!, values, {});
    expect(m).toMatchObject({ command: 'merge', inputs: ['shards/*'] });
  });
});

// deploy/kubernetes/: an Indexed Job of 4 shards and a merge Job, valid against the Kubernetes API's
// schema (kubernetes-models, generated from the OpenAPI spec); the commands they run are the README's.
import { describe, expect, it } from 'vitest';
import { Job } from 'kubernetes-models/batch/v1';
import { PersistentVolumeClaim } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { ftconformOptions, read, readmeCommands } from './ciCommands.ts';

const JOB = 'deploy/kubernetes/ftconform-job.yaml';
const MERGE = 'deploy/kubernetes/ftconform-merge-job.yaml';
type Doc = { kind: string; metadata: { name: string }; spec: Record<string, unknown> & { template?: { spec: { containers: { command?: string[]; args?: string[]; image: string; env?: { name: string; value: string }[] }[] } } } };
const docs = (file: string): Doc[] => parseAllDocuments(read(file)).map((d) => d.toJS() as Doc);
const model = (d: Doc) => (d.kind === 'Job' ? new Job(d as never) : new PersistentVolumeClaim(d as never));
const commands = (file: string) => docs(file).flatMap((d) => d.spec.template?.spec.containers.flatMap((c) => c.args ?? []) ?? []);

describe('deploy/kubernetes', () => {
  it('every object is valid for the Kubernetes API', () => {
    const all = [...docs(JOB), ...docs(MERGE)];
    expect(all.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['PersistentVolumeClaim/ftconform-reports', 'Job/ftconform', 'Job/ftconform-merge']);
    for (const d of all) expect(() => model(d).validate()).not.toThrow();
    // The check can fail.
    const bad = { ...docs(JOB)[1], spec: { ...docs(JOB)[1].spec, completions: 'four' } };
    expect(() => model(bad).validate()).toThrow(/completions must be integer/);
  });

  it('is an Indexed Job of 4 completions, run by the image of the Dockerfile', () => {
    const job = docs(JOB)[1];
    expect(job.spec).toMatchObject({ completionMode: 'Indexed', completions: 4, parallelism: 4 });
    expect(job.spec.template?.spec.containers[0].image).toBe('ftconform:latest');
  });

  it('runs the commands the README documents for it', () => {
    expect([...commands(JOB), ...commands(MERGE)]).toEqual(readmeCommands('deploy/kubernetes'));
  });

  it('each pod resolves its shard from JOB_COMPLETION_INDEX (from 0) with the seed every pod shares', () => {
    const job = docs(JOB)[1];
    const seed = job.spec.template!.spec.containers[0].env!.find((e) => e.name === 'FTCONFORM_SEED')!.value;
    for (const index of [0, 1, 2, 3]) {
      const { options } = ftconformOptions(commands(JOB)[0], { FTCONFORM_SEED: seed, JOB_COMPLETION_INDEX: String(index) },
        { JOB_COMPLETION_INDEX: String(index), FTCONFORM_SEED: seed });
      expect(options).toMatchObject({ shard: { index: index + 1, total: 4 }, seed: Number(seed), reportsDir: `/reports/shard-${index}` });
    }
    expect(ftconformOptions(commands(MERGE)[0], {}, {})).toMatchObject({ command: 'merge', inputs: ['/reports/shard-*'] });
  });
});

// deploy/kubernetes/: an Indexed Job of 4 shards, a merge Job and a reader Pod, valid against the Kubernetes
// API's schema (kubernetes-models, generated from the OpenAPI spec). The Job completes when a shard finds
// something: its pod command, taken from the manifest and run here in sh with a fake ftconform, exits 0
// when ftconform exits 1 (findings) or 3 (inconclusive), hands SIGTERM on to ftconform, and draws one seed
// per Job (from its uid) that every pod shares, unless FTCONFORM_SEED is given.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { Job } from 'kubernetes-models/batch/v1';
import { PersistentVolumeClaim, Pod } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { parseArgs } from '../../src/options/parseArgs.ts';
import { read, readmeCommands } from './ciCommands.ts';
import { fakeFtconform } from './fakeFtconform.ts';

const JOB = 'deploy/kubernetes/ftconform-job.yaml';
const MERGE = 'deploy/kubernetes/ftconform-merge-job.yaml';
const READER = 'deploy/kubernetes/ftconform-reports-reader.yaml';
interface Container { command?: string[]; args?: string[]; image: string; env?: { name: string; value?: string; valueFrom?: unknown }[]; volumeMounts?: { readOnly?: boolean }[] }
interface PodSpec { containers: Container[]; affinity?: unknown; terminationGracePeriodSeconds?: number }
type Doc = { kind: string; metadata: { name: string }; spec: Record<string, unknown> & { template?: { spec: PodSpec }; containers?: Container[]; accessModes?: string[] } };
const docs = (file: string): Doc[] => parseAllDocuments(read(file)).map((d) => d.toJS() as Doc);
const model = (d: Doc) => (d.kind === 'Job' ? new Job(d as never) : d.kind === 'Pod' ? new Pod(d as never) : new PersistentVolumeClaim(d as never));
const [claim, job] = docs(JOB);
const [merge] = docs(MERGE);
const [reader] = docs(READER);
const shardContainer = job.spec.template!.spec.containers[0];
const mergeContainer = merge.spec.template!.spec.containers[0];

/**
 * The shard pod's command as Kubernetes runs it (`sh -c ARGS`), with a fake ftconform first on PATH and
 * the volume's /reports moved to a scratch folder; env as the pod would have it.
 */
const shardPod = (env: Record<string, string>) => {
  const fake = fakeFtconform();
  const reports = mkdtempSync(join(tmpdir(), 'ftconform-k8s-'));
  expect(shardContainer.command).toEqual(['sh', '-c']);
  const script = shardContainer.args![0].replaceAll('/reports', reports);
  const child = execa('sh', ['-c', script], { reject: false, env: { PATH: `${fake.bin}:${process.env.PATH}`, FAKE_ARGS: fake.argsFile,
    JOB_UID: '6f1c2a84-1b7e-4a52-9a8e-3d0c7f1e2b11', FTCONFORM_SEED: '', JOB_COMPLETION_INDEX: '0', ...env } });
  return { child, fake, reports };
};

const optionsOf = (args: string[], env: Record<string, string>) => parseArgs(args, env, { allowCommand: true }).options;

describe('deploy/kubernetes', () => {
  it('every object is valid for the Kubernetes API (and the check can fail)', () => {
    expect([claim, job, merge, reader].map((d) => `${d.kind}/${d.metadata.name}`))
      .toEqual(['PersistentVolumeClaim/ftconform-reports', 'Job/ftconform', 'Job/ftconform-merge', 'Pod/ftconform-reports']);
    for (const d of [claim, job, merge, reader]) expect(() => model(d).validate()).not.toThrow();
    expect(() => model({ ...job, spec: { ...job.spec, completions: 'four' } }).validate()).toThrow(/completions must be integer/);
  });

  it('is an Indexed Job of 4 completions, run by the image of the Dockerfile', () => {
    expect(job.spec).toMatchObject({ completionMode: 'Indexed', completions: 4, parallelism: 4, backoffLimit: 0 });
    expect(shardContainer.image).toBe('ftconform:latest');
  });

  it('asks for storage every default class gives (ReadWriteOnce) and keeps the shards on one node', () => {
    expect(claim.spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(claim.spec).not.toHaveProperty('storageClassName');
    expect(job.spec.template!.spec.affinity).toEqual({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [
      { labelSelector: { matchLabels: { 'batch.kubernetes.io/job-name': 'ftconform' } }, topologyKey: 'kubernetes.io/hostname' }] } });
  });

  it.each([[1, 0], [3, 0], [0, 0], [2, 2], [130, 130]])('a shard whose ftconform exits %i ends its pod with %i: findings never fail the Job', async (code, expected) => {
    const { child } = shardPod({ FAKE_EXIT: String(code) });
    const r = await child;
    expect(r.exitCode).toBe(expected);
    expect(r.stdout).toMatch(new RegExp(`^ftconform exited ${code} \\(seed \\d+\\)$`, 'm'));
  });

  it('each pod runs its shard of one seed drawn from the Job uid: the same on every pod, another for another Job', async () => {
    const seeds = new Set<number>();
    for (const index of [0, 1, 2, 3]) {
      const { child, fake, reports } = shardPod({ JOB_COMPLETION_INDEX: String(index) });
      await child;
      const options = optionsOf(fake.args(), { JOB_COMPLETION_INDEX: String(index) });
      expect(options).toMatchObject({ shard: { index: index + 1, total: 4 }, profile: 'soak', reportsDir: `${reports}/shard-${index}` });
      seeds.add(options.seed!);
    }
    expect(seeds.size).toBe(1);
    const other = shardPod({ JOB_UID: '0a9e4c51-77d2-4f0e-b1c3-5e6f7a8b9c0d' });
    await other.child;
    expect(optionsOf(other.fake.args(), { JOB_COMPLETION_INDEX: '0' }).seed).not.toBe([...seeds][0]);
    const given = shardPod({ FTCONFORM_SEED: '20261130' });
    await given.child;
    expect(optionsOf(given.fake.args(), { JOB_COMPLETION_INDEX: '0' }).seed).toBe(20261130);
    // The uid comes from the pod's own label, which the Job controller sets.
    expect(shardContainer.env).toContainEqual({ name: 'JOB_UID', valueFrom: { fieldRef: { fieldPath: "metadata.labels['batch.kubernetes.io/controller-uid']" } } });
  });

  it('hands SIGTERM on to ftconform, which writes its interrupted reports, and ends with its code', async () => {
    const mark = join(mkdtempSync(join(tmpdir(), 'ftconform-k8s-term-')), 'signal');
    const { child } = shardPod({ FAKE_TERM: mark });
    while (!existsSync(`${mark}.ready`)) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const r = await child;
    expect(readFileSync(mark, 'utf8').trim()).toBe('TERM');
    expect(r.exitCode).toBe(130);
    expect(job.spec.template!.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(60);
  });

  it('the merge Job execs ftconform merge (its exit code, the verdict, is the Job\'s); the reader pod stays up read-only', () => {
    expect(mergeContainer.command).toEqual(['sh', '-c']);
    expect(mergeContainer.args![0].startsWith('exec ftconform merge ')).toBe(true);
    expect(merge.spec.backoffLimit).toBe(0);
    expect(reader.spec.containers![0]).toMatchObject({ command: ['sleep', '86400'], volumeMounts: [{ mountPath: '/reports', readOnly: true }] });
  });

  it('runs the commands the README documents for it', () => {
    const ftconformLines = (args: string) => args.split('\n').map((l) => l.trim()).filter((l) => /^(exec )?ftconform /.test(l)).map((l) => l.replace(/ &$/, ''));
    expect([...ftconformLines(shardContainer.args![0]), ...ftconformLines(mergeContainer.args![0])]).toEqual(readmeCommands('deploy/kubernetes'));
  });
});

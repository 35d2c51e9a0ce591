import { describe, expect, it } from 'vitest';
import { parseShard } from '../../src/shard/parseShard.ts';
import { shardFromEnv } from '../../src/shard/shardFromEnv.ts';
import { parseArgs, UsageError } from '../../src/options/parseArgs.ts';

describe('parseShard', () => {
  it.each([
    ['1/4', { index: 1, total: 4 }], ['4/4', { index: 4, total: 4 }], ['1/1', { index: 1, total: 1 }],
    ['auto', { auto: true }], ['auto/8', { auto: true, total: 8 }],
  ])('%s', (text, spec) => expect(parseShard(text)).toEqual(spec));

  it.each(['0/4', '5/4', '1/0', '1', '/4', 'a/b', '1/4/2', '-1/4', 'auto/0', 'auto/x', '1.5/4', ''])('refuses %j', (text) => {
    expect(parseShard(text)).toBeUndefined();
  });
});

describe('shardFromEnv (--shard auto)', () => {
  const auto = { auto: true } as const;
  it('takes FTCONFORM_SHARD (GitHub Actions passes the matrix value in it)', () => {
    expect(shardFromEnv(auto, { FTCONFORM_SHARD: '2/4' })).toEqual({ index: 2, total: 4 });
    expect(shardFromEnv(auto, { FTCONFORM_SHARD: '2/x' })).toMatch(/FTCONFORM_SHARD="2\/x" is not i\/n/);
  });

  it("takes GitLab's CI_NODE_INDEX / CI_NODE_TOTAL (both from 1)", () => {
    expect(shardFromEnv(auto, { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '5' })).toEqual({ index: 3, total: 5 });
    expect(shardFromEnv(auto, { CI_NODE_INDEX: '6', CI_NODE_TOTAL: '5' })).toMatch(/gives shard 6 of 5/);
    expect(shardFromEnv(auto, { CI_NODE_INDEX: '1' })).toMatch(/CI_NODE_TOTAL/);
  });

  it("takes a Kubernetes Indexed Job's JOB_COMPLETION_INDEX (from 0), the total from the flag or FTCONFORM_SHARD_TOTAL", () => {
    expect(shardFromEnv({ auto: true, total: 4 }, { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 1, total: 4 });
    expect(shardFromEnv(auto, { JOB_COMPLETION_INDEX: '3', FTCONFORM_SHARD_TOTAL: '4' })).toEqual({ index: 4, total: 4 });
    expect(shardFromEnv(auto, { JOB_COMPLETION_INDEX: '3' })).toMatch(/pass --shard auto\/N or set FTCONFORM_SHARD_TOTAL/);
    expect(shardFromEnv({ auto: true, total: 3 }, { JOB_COMPLETION_INDEX: '3' })).toMatch(/gives shard 4 of 3/);
  });

  it('says where it looked when the environment has no shard', () => {
    expect(shardFromEnv(auto, {})).toMatch(/no shard in the environment \(FTCONFORM_SHARD, CI_NODE_INDEX\/CI_NODE_TOTAL or JOB_COMPLETION_INDEX\)/);
  });

  it('passes a given shard through', () => {
    expect(shardFromEnv({ index: 1, total: 2 }, { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '2' })).toEqual({ index: 1, total: 2 });
  });
});

describe('--shard on the command line', () => {
  const refusal = (argv: string[], env: Record<string, string> = {}): string => {
    try {
      parseArgs(argv, env);
    } catch (e) {
      if (e instanceof UsageError) return e.message;
      throw e;
    }
    throw new Error('accepted');
  };

  it('resolves auto from the environment', () => {
    expect(parseArgs(['--shard', 'auto', '--seed=3'], { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' }).options.shard).toEqual({ index: 2, total: 3 });
    expect(parseArgs(['--shard=1/2'], { FTCONFORM_SEED: '-5' }).options.shard).toEqual({ index: 1, total: 2 });
  });

  it('needs the seed every shard shares, and no --path', () => {
    expect(refusal(['--shard', '1/4'])).toMatch(/^--shard 1\/4 needs the run's seed: --seed=S \(the same on every shard\) or FTCONFORM_SEED$/);
    expect(refusal(['--shard', '1/4', '--seed=1', '--path=0:1'])).toMatch(/cannot be sharded/);
    expect(refusal(['--shard', 'auto', '--seed=1'])).toMatch(/^--shard auto: no shard in the environment/);
    expect(refusal(['--shard', '5/4'])).toMatch(/^--shard: "5\/4" is not i\/n with 1 ≤ i ≤ n/);
  });

  it('refuses --path without --seed', () => {
    expect(refusal(['--path=1:2'])).toMatch(/^--path needs --seed=S/);
  });
});

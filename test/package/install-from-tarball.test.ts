// Install without a clone: the package as `npm publish` would ship it (`npm pack`, which builds dist/
// first), installed into an empty project, runs `npx ftconform` on Node alone: no TypeScript, tsx or
// vitest at run time, templates and known issues found inside the installed package.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteConfig } from '../../src/orchestration/suiteConfig.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ftconform-install-'));
const project = join(work, 'project');
// The interpreter the suites run with (npm test's --interp, else one found), with its environment.
const interp = suiteConfig().interps[0];
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

// Under `npm test` the environment carries the outer npm's settings (npm_config_local_prefix=<checkout>, …),
// which would make the inner npm install into the checkout: the user's shell has none of them.
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));
const npm = (args: string[], cwd: string) => execa('npm', args, { cwd, stdin: 'ignore', env: userEnv, extendEnv: false });
const npx = (args: string[]) => execa('npx', ['--no-install', 'ftconform', ...args], {
  cwd: project, reject: false, stdin: 'ignore', env: { ...userEnv, ...interp.env, CI: 'true' }, extendEnv: false, timeout: 240_000,
});

beforeAll(async () => {
  // prepack compiles src/ into dist/ (tsc -p tsconfig.build.json) before the tarball is made.
  await npm(['pack', '--pack-destination', work, '--silent'], root);
  const [tarball] = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-ftconform', private: true }));
  // The registry (or npm's cache) gives the runtime dependencies, as for any user.
  await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], project);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball, installed into an empty project', () => {
  it('holds the compiled code and what it reads, and pulls in no TypeScript, tsx or vitest', () => {
    const installed = join(project, 'node_modules', 'ftconform');
    for (const f of ['LICENSE', 'dist/src/cli/main.js', 'templates/probe.py', 'known-issues/known-issues.json']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(existsSync(join(installed, 'src')), 'the TypeScript sources are not shipped').toBe(false);
    for (const dev of ['typescript', 'tsx', 'vitest']) expect(existsSync(join(project, 'node_modules', dev)), dev).toBe(false);
  });

  it('npx ftconform --version', async () => {
    const r = await npx(['--version']);
    expect([r.exitCode, r.stdout]).toEqual([0, `ftconform ${version}`]);
  });

  it('npx ftconform doctor --interp PY', async () => {
    const r = await npx(['doctor', '--interp', interp.path]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain(`interpreter:    ${interp.path}`);
    expect(r.stdout).toMatch(/^free threading: on/m);
  });

  it('npx ftconform run --profile quick --suite dict, one property', async () => {
    const property = 'dict operations including never-atomic patterns are exact under threading.Lock';
    const r = await npx(['run', '--interp', interp.path, '--profile', 'quick', '--suite', 'dict', '--property', property,
      '--seed=7', '--reports', 'reports']);
    // 0 pass, 1 a finding, 3 inconclusive (a busy machine may prove no contention): each a finished run.
    expect([0, 1, 3], `${r.stderr}\n${r.stdout.slice(-2000)}`).toContain(r.exitCode);
    expect(r.stderr).not.toMatch(/internal error|Cannot find (module|package)/);
    expect(r.stdout).toMatch(/^verdict: /m);
    const cases = readFileSync(join(project, 'reports', 'results.jsonl'), 'utf8').trim().split('\n')
      .map((l) => JSON.parse(l) as { record: string; property?: string }).filter((l) => l.record === 'case');
    expect(cases.map((c) => c.property)).toEqual([property]);
    expect(existsSync(join(project, 'reports', 'junit.xml'))).toBe(true);
  });
});

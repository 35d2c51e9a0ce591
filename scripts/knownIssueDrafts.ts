// `npx tsx scripts/knownIssueDrafts.ts --interp PY [--interp PY2 …] [--rounds N]`: writes the upstream issue
// draft of every known issue nobody has filed yet (known-issues.json ids `unfiled-…`) to
// known-issues/<id>.issue.md, from real runs: the entry's `report` script on each free-threaded interpreter
// given, then on the first with PYTHON_GIL=1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { toolVersion } from '../src/engine/toolVersion.ts';
import { knownIssueDraft } from '../src/knownIssues/knownIssueDraft.ts';
import { loadKnownIssues } from '../src/knownIssues/loadKnownIssues.ts';
import { groupNumbers } from '../src/report/format/groupNumbers.ts';
import { issueDraft, type ReproducerRun } from '../src/report/issueDraft/issueDraft.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const fail = (message: string): never => {
  process.stderr.write(`knownIssueDrafts: ${message}\n`);
  process.exit(2);
};

/** '3.13.15t' and sys.version, or a one-line refusal. */
const describe = async (py: string): Promise<{ label: string; build: string }> => {
  const r = await execa(py, ['-c', 'import sys, sysconfig; print(sys.version.split()[0] + ("t" if sysconfig.get_config_var("Py_GIL_DISABLED") else "")); print(sys.version.replace(chr(10), " "))'], { reject: false });
  if (r.exitCode !== 0) fail(`${py} does not run (${r.shortMessage})`);
  const [label, build] = r.stdout.split('\n');
  if (!label.endsWith('t')) fail(`${py} is not a free-threaded build (${label})`);
  return { label, build: `${build}, ${py}` };
};

const main = async (): Promise<void> => {
  let values: { interp?: string[]; rounds?: string };
  try {
    ({ values } = parseArgs({ options: { interp: { type: 'string', multiple: true }, rounds: { type: 'string' } } }));
  } catch (e) {
    return fail((e as Error).message);
  }
  const interps = values.interp ?? [];
  if (interps.length === 0) fail('give the free-threaded interpreters to run the report scripts on: --interp PY');
  const rounds = values.rounds ?? '20000';
  if (!/^[1-9]\d*$/.test(rounds)) fail(`--rounds ${rounds}: a positive number of rounds`);
  const described = await Promise.all(interps.map(describe));
  for (const entry of loadKnownIssues().filter((e) => e.id.startsWith('unfiled-'))) {
    if (!entry.report) fail(`${entry.id} has no report script`);
    const report = { file: entry.report!, source: readFileSync(`${root}${entry.report}`, 'utf8') };
    const runs: ReproducerRun[] = [];
    const tries = [...interps.map((py, i) => ({ py, i, gil: false })), { py: interps[0], i: 0, gil: true }];
    for (const { py, i, gil } of tries) {
      process.stderr.write(`${entry.id}: ${report.file} on ${described[i].label}${gil ? ' with PYTHON_GIL=1' : ''}, ${rounds} rounds\n`);
      const r = await execa(py, [`${root}${report.file}`, rounds], { reject: false, env: gil ? { PYTHON_GIL: '1' } : {} });
      const last = r.stdout.trim().split('\n').at(-1) ?? '';
      runs.push({ interp: described[i].label, gil, reproduced: r.exitCode === 1, summary: r.signal ? `killed by ${r.signal}` : groupNumbers(last) });
    }
    const patch = `known-issues/${entry.id}.patch`;
    const fix = existsSync(`${root}${patch}`) ? { file: patch, diff: readFileSync(`${root}${patch}`, 'utf8') } : undefined;
    const out = `known-issues/${entry.id}.issue.md`;
    writeFileSync(`${root}${out}`, issueDraft(knownIssueDraft(entry, { report, interps: described, runs, ...(fix ? { fix } : {}), tool: toolVersion() })));
    process.stdout.write(`${out}\n`);
  }
};

await main();

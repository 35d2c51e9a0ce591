// Every known issue nobody has filed upstream yet (`unfiled-…`) has its issue draft in the repository,
// known-issues/<id>.issue.md (scripts/knownIssueDrafts.ts writes it from real runs): the report script
// inline as it is now, the guarantee and the C code from the catalogue, its runs without and with the GIL.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knownIssueDraft } from '../../src/knownIssues/knownIssueDraft.ts';
import { loadKnownIssues } from '../../src/knownIssues/loadKnownIssues.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const unfiled = loadKnownIssues().filter((e) => e.id.startsWith('unfiled-'));

describe('known-issues/<id>.issue.md', () => {
  it('there is at least one unfiled known issue to draft', () => {
    expect(unfiled.length).toBeGreaterThan(0);
  });

  it.each(unfiled.map((e) => [e.id, e] as const))('%s: its draft is there, up to date with the entry, its script and the catalogue', (id, entry) => {
    const file = `${root}known-issues/${id}.issue.md`;
    expect(existsSync(file), `${file}: write it with npx tsx scripts/knownIssueDrafts.ts --interp PY`).toBe(true);
    const md = readFileSync(file, 'utf8');
    const source = readFileSync(`${root}${entry.report}`, 'utf8');
    // What the draft says apart from the measured runs, as it would be written now.
    const now = knownIssueDraft(entry, { report: { file: entry.report!, source }, interps: [], runs: [], tool: '' });
    expect(md).toContain(`# ${now.title}\n`);
    expect(md).toContain(source.trimEnd());
    expect(md).toContain(`"${now.guarantee!.sentence}"`);
    for (const c of now.cFunctions) expect(md).toContain(c.model);
    expect(md).toContain(entry.why);
    // Real runs: at least one without the GIL that showed it, and one with PYTHON_GIL=1.
    expect(md).toMatch(/^- The reproducer on 3\.\d+\.\d+t: reproduced \(.+\)\.$/m);
    expect(md).toMatch(/^- The reproducer on 3\.\d+\.\d+t with `PYTHON_GIL=1`: (not )?reproduced \(.+\)\.$/m);
    expect(md).toMatch(/^- \*\*Where it shows:\*\* (only without|also with) the GIL/m);
  });
});

import { operation } from '../catalogue/catalogue.ts';
import type { IssueDraft, ReproducerRun } from '../report/issueDraft/issueDraft.ts';
import type { KnownIssue } from './knownIssue.ts';

/** What the edge measured and read for a known issue's draft. */
export interface KnownIssueFacts {
  /** The entry's `report` script (its path and source): the reproducer the draft inlines. */
  readonly report: { readonly file: string; readonly source: string };
  /** The interpreters it ran on: '3.13.15t' and sys.version. */
  readonly interps: readonly { readonly label: string; readonly build: string }[];
  /** Its runs on them, and with PYTHON_GIL=1. */
  readonly runs: readonly ReproducerRun[];
  /** A proposed fix, if the entry has one (known-issues/<id>.patch). */
  readonly fix?: { readonly file: string; readonly diff: string };
  readonly tool: string;
}

/**
 * The upstream issue draft of a known issue nobody has filed yet (pure): its title without the "not filed"
 * note, the guarantee of its first blamed operation, the C code its `bugs` model names (each model once,
 * with the operations that carry it), its report script inline, and its `why` as the analysis.
 */
export const knownIssueDraft = (entry: KnownIssue, facts: KnownIssueFacts): IssueDraft => {
  const ops = entry.ops.map((id) => operation(id));
  const models = new Map<string, string[]>();
  for (const op of ops) {
    const bug = op.bugs?.find((b) => b.issue === entry.id);
    if (bug) models.set(bug.model, [...(models.get(bug.model) ?? []), op.label]);
  }
  const title = entry.title.replace(/\s*\([^)]*(found by ftconform|not filed)[^)]*\)\s*$/, '');
  return {
    // A bug that shows with the GIL too is not filed as a free-threading one.
    title: entry.alsoWithGil ? title : `Free-threading: ${title.replace(/^[A-Z](?=[a-z]*\b)/, (c) => c.toLowerCase())}`,
    finding: `${entry.title.replace(/\s*\([^)]*\)\s*$/, '')}. The script below shows it in plain Python.`,
    interps: facts.interps,
    guarantee: ops[0].doc,
    cFunctions: [...models].map(([model, labels]) => ({ op: labels.join('`, `'), model })),
    reproducer: facts.report,
    runs: facts.runs,
    analysis: entry.why,
    ...(facts.fix ? { fix: facts.fix } : {}),
    foundBy: `ftconform: known-issues/known-issues.json entry \`${entry.id}\` (README, "Known issues"); the harness's reproducer is ${entry.reproducer}.`,
    tool: facts.tool,
  };
};

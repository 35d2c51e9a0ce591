import type { DocRef } from '../../catalogue/operation.ts';

/** One run of the draft's reproducer, as the edge saw it. */
export interface ReproducerRun {
  /** The interpreter, e.g. '3.13.15t'. */
  readonly interp: string;
  /** Run with PYTHON_GIL=1 (the same build, the GIL re-enabled at run time). */
  readonly gil: boolean;
  readonly reproduced: boolean;
  /** What it printed last or how it ended, one line: 'a forbidden outcome in 3 of 4,897 rounds', 'killed by SIGSEGV'. */
  readonly summary: string;
}

/** Everything an upstream issue draft says (plain data; see issueDraft). */
export interface IssueDraft {
  readonly title: string;
  /** What was seen, one line (ftconform's finding message). */
  readonly finding: string;
  /** Interpreters the finding was seen or tried on: label and build string. */
  readonly interps: readonly { readonly label: string; readonly build: string }[];
  /** The documented guarantee broken, with its doc sentence. */
  readonly guarantee?: DocRef;
  /** The C functions the models of the operations involved name (operation label, model text). */
  readonly cFunctions: readonly { readonly op: string; readonly model: string }[];
  /** The scenario as a person reads it (shared container, then each thread's code). */
  readonly scenario?: readonly string[];
  /** The reproducer's source (the shortest there is) and the file it was written to. */
  readonly reproducer: { readonly source: string; readonly file: string };
  /** ftconform's confirmation runs of the scenario: reproduced `hits` of `tries` runs of `seconds` each. */
  readonly confirmed?: { readonly hits: number; readonly tries: number; readonly seconds: number; readonly interp: string };
  /** The reproducer's own runs: without the GIL and with PYTHON_GIL=1. */
  readonly runs: readonly ReproducerRun[];
  /** Further analysis (a known issue's explanation), as written. */
  readonly analysis?: string;
  /** A fix to propose with it: the patch file and its text. */
  readonly fix?: { readonly file: string; readonly diff: string };
  /** How it was found: ftconform's replay command, or where the analysis lives. */
  readonly foundBy: string;
  /** Written by: 'ftconform 0.1.0'. */
  readonly tool: string;
}

const fence = (lang: string, text: string): string => {
  // A fence longer than any backtick run inside, so that the code cannot close it.
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text.replace(/\n+$/, '')}\n${f}`;
};

/**
 * Where the bug shows, from the reproducer's PYTHON_GIL=1 run: also with the GIL, or only without it, which
 * it can say only when something showed it without the GIL (the confirmation runs or the reproducer's own).
 */
export const gilVerdict = (runs: readonly ReproducerRun[], confirmedHits = 0): string => {
  const withGil = runs.filter((r) => r.gil);
  if (withGil.length === 0) return 'not run with PYTHON_GIL=1';
  if (withGil.some((r) => r.reproduced)) {
    return 'also with the GIL: the reproducer shows it with PYTHON_GIL=1 on the same build, so free threading is not what breaks it';
  }
  if (confirmedHits > 0 || runs.some((r) => !r.gil && r.reproduced)) {
    return 'only without the GIL: with PYTHON_GIL=1 on the same build the reproducer did not show it';
  }
  return 'not shown with PYTHON_GIL=1, nor by the reproducer\'s own run without it: rerun it for longer before telling';
};

/**
 * A Markdown issue draft for CPython's tracker (pure): title, interpreters tried, the guarantee broken with
 * its doc sentence, the C functions the models name, the reproducer inline, its hit rate and its result with
 * PYTHON_GIL=1. A draft, not a filed issue: a person reads it, runs the reproducer and files it.
 */
export const issueDraft = (d: IssueDraft): string => {
  const lines: string[] = [
    `<!-- Issue draft written by ${d.tool}. Check it, rerun the reproducer, then file it at https://github.com/python/cpython/issues/new (label: topic-free-threading). -->`,
    `# ${d.title}`,
    '',
    '## Bug report',
    '',
    `What happens: ${d.finding}`,
    '',
    `- **Where it shows:** ${gilVerdict(d.runs, d.confirmed?.hits)}.`,
    `- **Interpreters tried:** ${d.interps.map((i) => `${i.label} (\`${i.build}\`)`).join('; ')}.`,
  ];
  if (d.guarantee) {
    lines.push(`- **Guarantee broken:** "${d.guarantee.sentence}" (${d.guarantee.source}; since Python ${d.guarantee.since}).`);
  }
  if (d.cFunctions.length > 0) {
    lines.push('- **C code involved** (as ftconform models it):');
    for (const c of d.cFunctions) lines.push(`  - \`${c.op}\`: ${c.model}`);
  }
  if (d.scenario) lines.push('', '### The scenario', '', fence('python', d.scenario.join('\n')));
  lines.push('', '### Reproducer', '', `Standalone, needs nothing but the interpreter (\`${d.reproducer.file}\`):`, '',
    fence('python', d.reproducer.source), '');
  lines.push('### How often', '');
  if (d.confirmed) {
    const { hits, tries, seconds, interp } = d.confirmed;
    lines.push(`- ftconform's confirmation runs of the scenario on ${interp}: reproduced in ${hits} of ${tries} runs of ${seconds} s.`);
  }
  for (const r of d.runs) {
    lines.push(`- The reproducer on ${r.interp}${r.gil ? ' with `PYTHON_GIL=1`' : ''}: ${r.reproduced ? 'reproduced' : 'not reproduced'} (${r.summary}).`);
  }
  if (d.analysis) lines.push('', '### Analysis', '', d.analysis);
  if (d.fix) lines.push('', '### A fix to propose', '', `\`${d.fix.file}\`:`, '', fence('diff', d.fix.diff));
  lines.push('', '### Found by', '', d.foundBy, '');
  return lines.join('\n');
};

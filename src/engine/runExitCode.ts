import type { RunSummary } from '../results/caseResult.ts';
import { overallVerdict } from '../report/format/overallVerdict.ts';

/** Exit codes (README): 0 pass, 1 findings, 2 usage or interpreter problem, 3 inconclusive, 130 interrupted. */
export const EXIT = { pass: 0, findings: 1, usage: 2, inconclusive: 3, interrupted: 130 } as const;

export const runExitCode = (summary: RunSummary): number => {
  const { verdict } = overallVerdict(summary);
  if (verdict === 'fail') return EXIT.findings;
  if (summary.interrupted) return EXIT.interrupted;
  if (verdict === 'inconclusive' || verdict === 'empty') return EXIT.inconclusive;
  return EXIT.pass;
};

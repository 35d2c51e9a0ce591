import type { GradedOutcome } from '../results/caseResult.ts';
import { formatCount } from '../report/format/formatCount.ts';
import { formatOutcome } from '../report/format/formatOutcome.ts';
import { formatScenario } from '../report/format/formatScenario.ts';
import { interpName } from '../report/format/interpName.ts';
import { statusLabel } from '../report/format/statusLabel.ts';
import type { Comparison } from './comparison.ts';

const MAX_OUTCOMES = 8;

const outcomes = (label: string, gs: readonly GradedOutcome[]): string[] => [
  `    outcomes only on ${label}:${gs.length === 0 ? ' none' : ''}`,
  ...gs.slice(0, MAX_OUTCOMES).map((g) =>
    `      ${formatOutcome(g.outcome)}  ${formatCount(g.count)}×  ${g.expect}  ${g.description}`),
  ...(gs.length > MAX_OUTCOMES ? [`      … ${gs.length - MAX_OUTCOMES} more`] : []),
];

/** The --compare section of the console output (pure). */
export const formatComparison = (c: Comparison): string => {
  const [la, lb] = [c.a, c.b].map((i) => `${i.version}${i.freeThreaded ? 't' : ''}${i.tsan ? ' TSAN' : ''}`);
  const [na, nb] = la === lb ? [interpName(c.a), interpName(c.b)] : [la, lb];
  const lines = [
    `compare: A = ${interpName(c.a)}`,
    `         B = ${interpName(c.b)}`,
    `seed ${c.seed} on both: the same scenarios were drawn; ${c.differences.length} of ${c.compared} cases differ in verdict`,
  ];
  for (const d of c.differences) {
    const [va, vb] = d.verdicts;
    lines.push('', `  ${d.suite} › ${d.property}: ${statusLabel(va.status)} on ${na}, ${statusLabel(vb.status)} on ${nb}`,
      `    A: ${va.message}`, `    B: ${vb.message}`, '    scenario (rerun on both):',
      formatScenario(d.scenario, { indent: '      ' }));
    if (!d.reruns) { lines.push('    (not rerun: interrupted)'); continue; }
    const [ra, rb] = d.reruns;
    lines.push(`    rerun: ${statusLabel(ra.status)} on ${na} (${formatCount(ra.runs)} runs), ${statusLabel(rb.status)} on ${nb} (${formatCount(rb.runs)} runs)`,
      ra.status === rb.status
        ? '    the rerun gives both the same verdict: the difference came from what each run happened to see, not from the builds'
        : '    the rerun confirms the difference on the very same scenario');
    lines.push(...outcomes(na, d.onlyA), ...outcomes(nb, d.onlyB));
    if (d.racesOnlyA.length + d.racesOnlyB.length > 0) {
      lines.push(...d.racesOnlyA.map((k) => `    data race only on ${na}: ${k}`), ...d.racesOnlyB.map((k) => `    data race only on ${nb}: ${k}`));
    }
  }
  return lines.join('\n');
};

import type { PyValue } from '../../catalogue/pyValue.ts';
import { formatPyValue } from './formatPyValue.ts';
import { parseOutcome } from './parseOutcome.ts';

const threadResults = (r: PyValue): string =>
  Array.isArray(r) ? (r.length === 0 ? '-' : r.map(formatPyValue).join(', ')) : formatPyValue(r);

/**
 * Compact rendering of a canonical outcome `[[t0 results], [t1 results], …, final]`,
 * e.g. `t0: 1 | t1: KeyError! | final {1: 1}`. Anything else is returned as it came.
 */
export const formatOutcome = (outcomeJson: string): string => {
  const values = parseOutcome(outcomeJson);
  if (!values || values.length < 2) return outcomeJson;
  const threads = values.slice(0, -1).map((r, i) => `t${i}: ${threadResults(r)}`);
  return [...threads, `final ${formatPyValue(values[values.length - 1])}`].join(' | ');
};

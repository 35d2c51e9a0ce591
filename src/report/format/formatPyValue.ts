import type { PyValue } from '../../catalogue/pyValue.ts';
import { strRepr as pyStr } from '../../catalogue/pyRepr.ts';

/**
 * Renders a value of the shared encoding as a Python literal: arrays as lists, {"d": …} as a dict,
 * {"s": …} as a set (`set()` when empty), {"e": "KeyError"} as `KeyError!`.
 */
export const formatPyValue = (v: PyValue): string => {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return pyStr(v);
  if (Array.isArray(v)) return `[${v.map(formatPyValue).join(', ')}]`;
  if (typeof v === 'object') {
    if ('e' in v && typeof v.e === 'string') return `${v.e}!`;
    if ('d' in v && Array.isArray(v.d)) {
      return `{${v.d.map(([k, x]) => `${formatPyValue(k)}: ${formatPyValue(x)}`).join(', ')}}`;
    }
    if ('s' in v && Array.isArray(v.s)) return v.s.length === 0 ? 'set()' : `{${v.s.map(formatPyValue).join(', ')}}`;
  }
  // Not part of the encoding: show it as it came rather than hide it.
  return JSON.stringify(v);
};

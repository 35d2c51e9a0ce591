/**
 * Keeps a crash or hang dump readable on a console: the first lines (the fatal error and the
 * crashing thread come first in faulthandler output) and the last few, with a count of what was cut.
 */
export const trimTraceback = (text: string, maxLines = 40, tailLines = 10): string => {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  if (lines.length <= maxLines) return lines.join('\n');
  const tail = Math.min(tailLines, maxLines - 1);
  const head = maxLines - tail;
  const cut = lines.length - head - tail;
  return [...lines.slice(0, head), `… ${cut} lines omitted …`, ...lines.slice(lines.length - tail)].join('\n');
};

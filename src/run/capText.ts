/** Keeps the first `max` characters, marking what was cut. */
export const capHead = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max)}\n... [${text.length - max} more characters cut]`;

/** Keeps the last `max` characters (the end of stderr is where a process says why it died). */
export const capTail = (text: string, max: number): string =>
  text.length <= max ? text : `[${text.length - max} earlier characters cut] ...\n${text.slice(-max)}`;

/** One line, at most `max` characters. */
export const oneLine = (text: string, max = 200): string => {
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 3)}...`;
};

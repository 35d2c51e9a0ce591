export type Align = 'left' | 'right';

export interface TableOptions {
  /** Per column; default left. */
  readonly align?: readonly Align[];
  /** Between columns; default two spaces. */
  readonly gap?: string;
  /** Before every line; default none. */
  readonly indent?: string;
}

/** Aligns rows of cells into columns (the first row is usually the header); no trailing spaces. */
export const formatTable = (rows: readonly (readonly string[])[], opts: TableOptions = {}): string => {
  const { align = [], gap = '  ', indent = '' } = opts;
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const width = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.map((r) => [...(r[c] ?? '')].length)));
  const pad = (cell: string, c: number): string => {
    const fill = ' '.repeat(width[c] - [...cell].length);
    return align[c] === 'right' ? fill + cell : cell + fill;
  };
  return rows
    .map((r) => indent + Array.from({ length: cols }, (_, c) => pad(r[c] ?? '', c)).join(gap).trimEnd())
    .join('\n');
};

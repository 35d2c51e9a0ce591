import { formatCount } from './formatCount.ts';

/** A line with its numbers grouped: 'a forbidden outcome in 3 of 4897 rounds' → '… of 4,897 rounds'. */
export const groupNumbers = (line: string): string => line.replace(/\b\d{4,}\b/g, (n) => formatCount(Number(n)));

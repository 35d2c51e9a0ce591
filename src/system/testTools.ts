import { lookPath } from '../interp/lookPath.ts';
import { findChromium } from './chromiumPath.ts';

/** A program ftconform's own tests need beyond Node, and the Debian package that brings it. */
export interface TestTool {
  readonly name: string;
  readonly pkg: string;
  /** What needs it, for the line that asks for it. */
  readonly why: string;
  readonly present: () => boolean;
}

export const TEST_TOOLS: readonly TestTool[] = [
  { name: 'chromium', pkg: 'chromium', why: 'the HTML report is rendered in a real browser',
    present: () => findChromium() !== undefined },
  { name: 'xmllint', pkg: 'libxml2-utils', why: 'the JUnit report is validated against the published JUnit schema',
    present: () => lookPath('xmllint') !== undefined },
];

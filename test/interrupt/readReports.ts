import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

interface Prop { '@_name': string; '@_value': string }
interface Suite { '@_name': string; properties?: { property: Prop[] }; testcase?: { '@_name': string }[] }

export interface JunitView {
  /** The root testsuites name. */
  readonly name: string;
  readonly suites: readonly { readonly name: string; readonly interrupted?: string }[];
  readonly caseNames: readonly string[];
}

/** Case names in <reports>/results.jsonl so far; a line still being written is skipped. */
export const recordedNames = (reportsDir: string): string[] => {
  let text: string;
  try {
    text = readFileSync(join(reportsDir, 'results.jsonl'), 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line) => {
    try {
      const name: unknown = (JSON.parse(line) as { name?: unknown }).name;
      return typeof name === 'string' ? [name] : [];
    } catch {
      return [];
    }
  });
};

/** <reports>/junit.xml as the parts these tests look at; throws when it is missing. */
export const readJunit = (reportsDir: string): JunitView => {
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  }).parse(readFileSync(join(reportsDir, 'junit.xml'), 'utf8')) as { testsuites: { '@_name': string; testsuite?: Suite[] } };
  const suites = doc.testsuites.testsuite ?? [];
  return {
    name: doc.testsuites['@_name'],
    suites: suites.map((s) => ({
      name: s['@_name'],
      interrupted: s.properties?.property.find((p) => p['@_name'] === 'interrupted')?.['@_value'],
    })),
    caseNames: suites.flatMap((s) => (s.testcase ?? []).map((t) => t['@_name'])),
  };
};

/** <reports>/index.html, or undefined when it was not written. */
export const readHtml = (reportsDir: string): string | undefined => {
  const path = join(reportsDir, 'index.html');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

import junit, { type Builder, type TestCase, type TestSuite } from 'junit-report-builder';
import type { CaseResult, RunSummary } from '../../results/caseResult.ts';
import { formatExcused } from '../format/formatExcused.ts';
import { formatFinding } from '../format/formatFinding.ts';
import { formatNativeStacks } from '../format/formatNativeStacks.ts';
import { formatGilDifferential } from '../format/formatGilDifferential.ts';
import { formatHistogram } from '../format/formatHistogram.ts';
import { formatOverlap } from '../format/formatOverlap.ts';
import { formatScenario } from '../format/formatScenario.ts';
import { groupCases, type CaseGroup } from '../format/groupCases.ts';
import { xmlSafe } from './xmlSafe.ts';

// The package is CommonJS (`module.exports = builder`) but its types declare an ES default export,
// which NodeNext reads as `.default`; at run time the default import is the builder itself.
const root = junit as unknown as Builder;

const INTERRUPTED = ' (interrupted)';

// Every string of a case made XML-safe, so no builder call can throw on a stray control character.
const sanitize = <T>(v: T): T =>
  (typeof v === 'string'
    ? xmlSafe(v)
    : Array.isArray(v)
      ? v.map(sanitize)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sanitize(x)]))
        : v) as T;

const attr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;').replace(/\t/g, '&#x9;');

/** Why a case is skipped, or undefined when it is not. */
const skipReason = (c: CaseResult): string | undefined =>
  c.status === 'known'
    ? `known issue: ${c.knownIssue ?? '(no reference)'}${c.excused ? ` (excused ${formatExcused(c.excused)})` : ''}: ${c.message}`
    : c.status === 'inconclusive'
      ? `inconclusive, not a pass: ${c.message}`
      : undefined;

// junit-report-builder writes <skipped/> without a message; GitLab and Jenkins show the message
// attribute, so it is filled in afterwards, in document order (one per skipped case), outside CDATA.
const addSkipMessages = (xml: string, messages: readonly string[]): string => {
  let i = 0;
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, k) =>
      k % 2 === 1
        ? part
        : part.replace(/<skipped\/>/g, (tag) => (i < messages.length ? `<skipped message="${attr(messages[i++])}"/>` : tag)),
    )
    .join('');
};

const suiteProperties = (s: TestSuite, g: CaseGroup, summary: RunSummary): void => {
  const prop = (k: string, v: string): void => void s.property(xmlSafe(k), xmlSafe(v));
  const from = [...new Set(g.cases.flatMap((c) => (c.expectationsFrom ? [c.expectationsFrom] : [])))];
  prop('interpreter.path', g.interp.path);
  prop('interpreter.version', g.interp.version);
  prop('interpreter.build', g.interp.build);
  prop('interpreter.freeThreaded', String(g.interp.freeThreaded));
  prop('gil', g.interp.gilEnabled ? 'enabled' : 'disabled');
  prop('cpus', String(g.interp.cpus));
  for (const [k, v] of Object.entries(g.interp.env ?? {})) prop(`env.${k}`, v);
  // RunSummary has no run-wide seed: list the distinct seeds of the suite's cases.
  prop('seed', [...new Set(g.cases.map((c) => String(c.seed)))].join(' '));
  prop('profile', summary.profile);
  if (from.length > 0) prop('expectationsFrom', from.join(' | '));
  prop('interrupted', String(summary.interrupted));
};

const caseBody = (t: TestCase, c: CaseResult): void => {
  const head = `${c.replay}\n${c.status}: ${c.message}`;
  if (c.status === 'failed') t.failure(head, 'forbidden-outcome').stacktrace(formatFinding(c));
  else if (c.status === 'crashed') {
    const dump = `signal: ${c.signal ?? 'unknown'}\n${c.message}\n\n${c.traceback ?? '(no traceback)'}`;
    t.error(`${c.replay}\ncrashed (${c.signal ?? 'unknown signal'}): ${c.message}`, 'crash', dump);
  } else if (c.status === 'hung') {
    const native = formatNativeStacks(c);
    t.error(head, 'hang', `${c.traceback ?? '(no Python stacks captured)'}${native ? `\n\n${native}` : ''}`);
  }
  else if (c.status === 'error') t.error(head, 'error', formatFinding(c));
  else if (c.status === 'raced') t.error(head, 'data-race', formatFinding(c));
  else if (c.status === 'known' || c.status === 'inconclusive') t.skipped();
};

// Per-case facts go in system-out, not in testcase <properties>: the schema Jenkins validates reports
// against (xUnit plugin's junit-10.xsd) allows properties only on a testsuite.
const caseFacts = (c: CaseResult): string[] => [
  `replay: ${c.replay}`,
  `status: ${c.status}; property: ${c.property}; seed ${c.seed}${c.path ? `, path ${c.path}` : ''}; ${c.runs} runs`,
  ...(c.reproducer ? [`reproducer: ${c.reproducer}${c.reproduced ? ` (reproduced ${c.reproduced.hits}/${c.reproduced.tries})` : ''}`] : []),
  ...(c.knownIssue ? [`known issue: ${c.knownIssue}`] : []),
  ...(c.excused ? [`excused by known issues: ${formatExcused(c.excused)}`] : []),
  ...(c.races?.length ? [`data races: ${c.races.map((r) => (r.known ? `${r.key} (known: ${r.known.id})` : r.key)).join('; ')}`] : []),
];

const addCase = (s: TestSuite, c: CaseResult, name: string): void => {
  const t = s.testCase().className(c.suite).name(name).time(c.durationMs / 1000);
  caseBody(t, c);
  t.standardOutput(
    (c.probe !== undefined ? [...caseFacts(c), '', `probe: ${c.probe} (its program is the reproducer)`]
      : [...caseFacts(c), '', formatScenario(c.scenario), '', formatHistogram(c.histogram), '', formatOverlap(c.overlap),
        ...formatGilDifferential(c)]).join('\n'),
  );
};

/**
 * JUnit XML of a run: one testsuite per (interpreter × suite), named `dict [3.13.5t /path]`, one
 * uniquely named testcase per case. Failures and errors put the replay command on their first line
 * (GitHub annotations show only two lines). Known issues and inconclusive cases are skipped, with why.
 */
export const buildJunitXml = (summary: RunSummary): string => {
  const b = root.newBuilder();
  b.name(`ftconform${summary.interrupted ? INTERRUPTED : ''}`);
  const used = new Set<string>();
  const skips: string[] = [];
  for (const g of groupCases(summary)) {
    const s = b.testSuite().name(xmlSafe(`${g.suite} [${g.interpName}]${summary.interrupted ? INTERRUPTED : ''}`));
    s.timestamp(summary.startedAt).time(g.durationMs / 1000);
    suiteProperties(s, g, summary);
    for (const c of g.cases) {
      // GitLab keeps only the first test case of a given name: never emit one twice.
      let name = c.name;
      for (let k = 2; used.has(name); k++) name = `${c.name} (${k})`;
      used.add(name);
      const skip = skipReason(c);
      if (skip !== undefined) skips.push(xmlSafe(skip));
      addCase(s, sanitize(c), xmlSafe(name));
    }
  }
  // junit-report-builder counts skipped cases on <testsuites> too; that attribute is not in the schema
  // (each <testsuite> keeps its own count).
  return addSkipMessages(b.build(), skips).replace(/^(<\?xml[^>]*>\s*<testsuites\b[^>]*?) skipped="\d+"/, '$1');
};

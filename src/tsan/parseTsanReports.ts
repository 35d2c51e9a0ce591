import type { TsanAccess, TsanFrame, TsanReport } from './tsanReport.ts';

const SEPARATOR = '==================';
const HEADER = /^WARNING: ThreadSanitizer: (.+?)(?: \(pid=\d+\))?\s*$/;
const ACCESS = /^\s+(Previous )?((?:[Aa]tomic )?(?:[Rr]ead|[Ww]rite)) of size (\d+) at 0x[0-9a-f]+ by (main thread|thread (T\d+))(?: \(mutexes: ([^)]*)\))?:?\s*$/;
const FRAME = /^\s+#\d+ (\S+)(?: (.*))?$/;
const MODULE = /\s*\(([^()\s]+?)\+0x[0-9a-f]+\)(?:\s*\(BuildId: [0-9a-f]+\))?\s*$/;
const LOCATION = /^\s+Location is (.+?):?\s*$/;
const THREAD = /^\s+Thread (T\d+)(?: '[^']*')? \(tid=(\d+),/;
const SUMMARY = /^SUMMARY: ThreadSanitizer: (.+)$/;
const MAX_TEXT = 16 * 1024;

/** `#3 list_resize Objects/listobject.c:93:5 (python3.13t+0x1c2b4f) (BuildId: …)` → a frame. */
export const parseFrame = (line: string): TsanFrame | undefined => {
  const m = FRAME.exec(line);
  if (!m) return undefined;
  let rest = m[2] ?? '';
  const mod = MODULE.exec(rest);
  if (mod) rest = rest.slice(0, mod.index);
  rest = rest.trim();
  const where = /^(.*?):(\d+)(?::\d+)?$/.exec(rest);
  const file = where ? where[1] : rest;
  return {
    fn: m[1],
    ...(file !== '' && file !== '<null>' ? { file } : {}),
    ...(where ? { line: Number(where[2]) } : {}),
    ...(mod ? { module: mod[1] } : {}),
  };
};

/** The frames that follow line `i` (a stack header), and the index after them. */
const framesFrom = (lines: readonly string[], i: number): [TsanFrame[], number] => {
  const frames: TsanFrame[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const f = parseFrame(lines[j]);
    if (!f) break;
    frames.push(f);
  }
  return [frames, j];
};

const parseBlock = (block: string, offset: number): TsanReport | undefined => {
  const lines = block.split('\n');
  const start = lines.findIndex((l) => HEADER.test(l));
  if (start === -1) return undefined;
  const kind = HEADER.exec(lines[start])![1];
  const accesses: TsanAccess[] = [];
  const tids: Record<string, number> = {};
  let location: string | undefined;
  let summary: string | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const a = ACCESS.exec(line);
    if (a) {
      const [frames, next] = framesFrom(lines, i);
      accesses.push({
        kind: a[2][0].toUpperCase() + a[2].slice(1), size: Number(a[3]), previous: a[1] !== undefined,
        thread: a[4] === 'main thread' ? 'main' : a[5], ...(a[6] ? { mutexes: a[6] } : {}), frames,
      });
      i = next - 1;
      continue;
    }
    const loc = LOCATION.exec(line);
    if (loc && location === undefined) { location = loc[1]; continue; }
    const t = THREAD.exec(line);
    if (t) { tids[t[1]] = Number(t[2]); continue; }
    const s = SUMMARY.exec(line);
    if (s) summary = s[1];
  }
  const text = lines.slice(start).join('\n').trimEnd();
  return {
    kind, accesses, ...(location !== undefined ? { location } : {}), tids, ...(summary !== undefined ? { summary } : {}),
    offset, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n... [cut]` : text,
  };
};

/**
 * Every `WARNING: ThreadSanitizer: …` report in a process's stderr, in order (pure). A report runs from
 * its WARNING line to the next '==================' line (or the end, if the process died mid-report);
 * other stderr lines around reports are ignored.
 */
export const parseTsanReports = (stderr: string): TsanReport[] => {
  const reports: TsanReport[] = [];
  const warning = /^WARNING: ThreadSanitizer: /gm;
  for (let m = warning.exec(stderr); m !== null; m = warning.exec(stderr)) {
    const end = stderr.indexOf(`\n${SEPARATOR}`, m.index);
    const block = stderr.slice(m.index, end === -1 ? stderr.length : end);
    const report = parseBlock(block, m.index);
    if (report) reports.push(report);
  }
  return reports;
};

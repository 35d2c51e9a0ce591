// The layering `.dependency-cruiser.cjs` writes down, enforced: the repository breaks none of its rules, and
// an import that breaks one (written into a scratch copy of the layout) is reported with the rule's name.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');

interface Violation { readonly rule: { readonly name: string }; readonly from: string; readonly to: string }

/** The rules' violations in `dirs` of the tree at `cwd`, as dependency-cruiser reports them. */
const violations = async (cwd: string, dirs: readonly string[]): Promise<Violation[]> => {
  const r = await execa(depcruise, [...dirs, '--config', config, '--output-type', 'json'], { cwd, reject: false });
  if (r.exitCode !== 0 && r.stdout.trim() === '') throw new Error(`depcruise failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
};

describe('layers (.dependency-cruiser.cjs)', () => {
  it('the repository breaks no rule', async () => {
    const found = await violations(root, ['src', 'generators', 'suites', 'scripts']);
    expect(found.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 120_000);

  const scratch = mkdtempSync(join(tmpdir(), 'ftconform-layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };

  it('an upward import fails, named after the rule it breaks', async () => {
    cpSync(join(root, 'tsconfig.json'), join(scratch, 'tsconfig.json'));
    file('suites/allSuites.ts', 'export const allSuites = {};\n');
    file('generators/scenario.ts', 'export const scenarioArb = 1;\n');
    file('src/orchestration/runConformance.ts', 'export const runConformance = 1;\n');
    file('src/options/options.ts', 'export const options = 1;\n');
    file('src/interp/probe.ts', 'export const probe = 1;\n');
    file('src/oracle/search.ts', 'export const search = 1;\n');
    file('src/run/runProgram.ts', 'export const runProgram = 1;\n');
    // Each import below is one the layers forbid.
    file('src/engine/checkProperty.ts', "import { allSuites } from '../../suites/allSuites.ts';\nimport { scenarioArb } from '../../generators/scenario.ts';\n"
      + "import { runConformance } from '../orchestration/runConformance.ts';\nexport const x = [allSuites, scenarioArb, runConformance];\n");
    file('src/report/console/formatSummary.ts', "import { options } from '../../options/options.ts';\nexport const y = options;\n");
    file('src/catalogue/dict.ts', "import { search } from '../oracle/search.ts';\nexport const z = search;\n");
    file('src/oracle/grade.ts', "import { runProgram } from '../run/runProgram.ts';\nexport const w = runProgram;\n");
    file('src/options/suiteConfig.ts', "import { probe } from '../interp/probe.ts';\nexport const v = probe;\n");
    file('src/run/a.ts', "import { b } from './b.ts';\nexport const a = () => b;\n");
    file('src/run/b.ts', "import { a } from './a.ts';\nexport const b = () => a;\n");
    const found = await violations(scratch, ['src', 'generators', 'suites']);
    const seen = found.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(seen).toEqual(expect.arrayContaining([
      'core-imports-no-edge: src/engine/checkProperty.ts -> generators/scenario.ts',
      'core-imports-no-edge: src/engine/checkProperty.ts -> src/orchestration/runConformance.ts',
      'core-imports-no-edge: src/engine/checkProperty.ts -> suites/allSuites.ts',
      'core-imports-no-edge: src/report/console/formatSummary.ts -> src/options/options.ts',
      'catalogue-is-the-bottom: src/catalogue/dict.ts -> src/oracle/search.ts',
      'oracle-is-pure: src/oracle/grade.ts -> src/run/runProgram.ts',
      'options-start-nothing: src/options/suiteConfig.ts -> src/interp/probe.ts',
      'only-orchestration-holds-suites: src/engine/checkProperty.ts -> suites/allSuites.ts',
    ]));
    expect(seen.some((s) => s.startsWith('no-circular: src/run/'))).toBe(true);
  }, 120_000);
});

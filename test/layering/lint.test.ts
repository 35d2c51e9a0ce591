// The linter's small rule set (eslint.config.js), enforced: the repository passes it, and code that breaks a
// rule is reported by the rule's name.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });
const problems = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length)}:${m.line} ${m.ruleId}: ${m.message}`));

describe('lint (eslint.config.js)', () => {
  it('the repository breaks no rule', async () => {
    expect(problems(await eslint.lintFiles(['src', 'generators', 'suites', 'scripts', 'test']))).toEqual([]);
  }, 180_000);

  it('code that breaks a rule is reported by its name', async () => {
    const rules = async (code: string, filePath: string) =>
      (await eslint.lintText(code, { filePath: `${root}${filePath}` })).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(await rules("import { Scenario } from '../scenario/scenario.ts';\nexport const f = (s: Scenario) => s;\n", 'src/engine/probe.ts'))
      .toContain('@typescript-eslint/consistent-type-imports');
    expect(await rules('export const f = (x: any) => x;\n', 'src/engine/probe.ts')).toContain('@typescript-eslint/no-explicit-any');
    expect(await rules('const unused = 1;\nexport const g = 2;\n', 'src/engine/probe.ts')).toContain('@typescript-eslint/no-unused-vars');
    expect(await rules('export const h = (a: number, b: string) => a == Number(b);\n', 'src/engine/probe.ts')).toContain('eqeqeq');
    expect(await rules("console.log('x');\n", 'src/engine/probe.ts')).toContain('no-console');
    // The edge prints.
    expect(await rules("console.log('x');\n", 'scripts/probe.ts')).not.toContain('no-console');
  });
});

import type { Progress } from '../interp/progress.ts';
import { lookPath } from '../interp/lookPath.ts';
import { ProvisionError } from '../interp/provisionError.ts';
import { aptInstall } from './aptInstall.ts';
import { TEST_TOOLS, type TestTool } from './testTools.ts';

const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * What `npm test` needs beyond Node, provisioned the way the interpreter is: installed with apt-get
 * (with progress) when running as root, otherwise one line naming what to install and how.
 */
export const ensureTestTools = async (
  progress: Progress,
  tools: readonly TestTool[] = TEST_TOOLS,
  canInstall: boolean = isRoot() && lookPath('apt-get') !== undefined,
): Promise<void> => {
  const missing = () => tools.filter((t) => !t.present());
  let lacking = missing();
  if (lacking.length === 0) return;
  const pkgs = lacking.map((t) => t.pkg);
  if (canInstall) {
    progress(`test tools: ${lacking.map((t) => `${t.name} (${t.why})`).join('; ')} missing: installing ${pkgs.join(' ')}`);
    const failed = await aptInstall('test tools', pkgs, progress);
    lacking = missing();
    if (lacking.length === 0) return;
    if (failed) progress(`test tools: apt-get install failed: ${failed}`);
  }
  const names = lacking.map((t) => `${t.name} (${t.why})`).join(' and ');
  const chromium = lacking.some((t) => t.name === 'chromium') ? ' (or set CHROMIUM=/path/to/chromium)' : '';
  throw new ProvisionError(`npm test needs ${names}: install ${lacking.length > 1 ? 'them' : 'it'} with \`apt-get install -y ${lacking.map((t) => t.pkg).join(' ')}\` as root${chromium}`);
};

// Dockerfile: linted by dockerfile-utils (the Docker language server's validator; there is no Docker
// engine to build it here), an image with the interpreter built in; the commands it runs are the README's.
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { read, readmeCommands } from './ciCommands.ts';

const text = read('Dockerfile');
const instructions = DockerfileParser.parse(text).getInstructions().map((i) => [i.getKeyword(), (i.getArgumentsContent() ?? '').replace(/\s*\\\n\s*/g, ' ').trim()]);
const of = (keyword: string) => instructions.filter(([k]) => k === keyword).map(([, a]) => a);
const json = (args: string) => (JSON.parse(args) as string[]).join(' ');

describe('Dockerfile', () => {
  it('has no lint problems', () => {
    expect(validate(text)).toEqual([]);
    expect(validate('FROM node:20\nEXPOSE abc\n').map((d) => d.message)).toEqual(['Invalid containerPort: abc']);
  });

  it('builds the interpreter into the image after the Node packages, and runs ftconform', () => {
    expect(of('FROM')).toEqual(['node:20-bookworm']);
    const runs = of('RUN');
    expect(runs.indexOf('npx ftconform provision')).toBeGreaterThan(runs.indexOf('npm ci --no-audit --no-fund'));
    expect(runs[0]).toMatch(/apt-get install -y --no-install-recommends gcc make xz-utils dpkg-dev/);
    expect(of('ENV').join(' ')).toContain('FTCONFORM_CACHE=/opt/ftconform-cache');
    expect(`${json(of('ENTRYPOINT')[0])} ${json(of('CMD')[0])}`).toBe('npx ftconform run');
  });

  it('runs the commands the README documents for it', () => {
    const commands = [...of('RUN').filter((r) => /^np[mx] /.test(r)), `${json(of('ENTRYPOINT')[0])} ${json(of('CMD')[0])}`];
    expect(commands).toEqual(readmeCommands('Dockerfile'));
  });
});

// Dockerfile: linted by dockerfile-utils (the Docker language server's validator; there is no Docker engine
// to build it here). Three stages: CPython built as `ftconform provision` builds it (its configure flags, its
// cache layout and marker, read from src/interp/) with nothing of the repository copied in, so that no change
// to the sources rebuilds it; ftconform packed; and a slim image without the build tools.
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { configureArgs } from '../../src/interp/buildCpython.ts';
import { buildPrefix, COMPLETE_MARKER } from '../../src/interp/cacheDir.ts';
import { read, readmeCommands } from './ciCommands.ts';

const text = read('Dockerfile');
type Instruction = readonly [keyword: string, args: string];
// Each instruction's arguments as one line (flags such as --from kept), continuations joined.
const instructions: Instruction[] = DockerfileParser.parse(text).getInstructions()
  .map((i) => [i.getKeyword(), i.getTextContent().replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim().slice(i.getKeyword().length + 1)] as const);
/** The instructions of each stage, from its FROM on. */
const stages = instructions.reduce<Instruction[][]>((all, i) => (i[0] === 'FROM' ? [...all, [i]] : [...all.slice(0, -1), [...all.at(-1)!, i]]), []);
const of = (stage: readonly Instruction[], keyword: string) => stage.filter(([k]) => k === keyword).map(([, a]) => a);
const [cpython, pkg, image] = stages;
const CACHE = '/opt/ftconform-cache';

describe('Dockerfile', () => {
  it('has no lint problems (and the linter does find one)', () => {
    expect(validate(text)).toEqual([]);
    expect(validate('FROM node:24\nEXPOSE abc\n').map((d) => d.message)).toEqual(['Invalid containerPort: abc']);
  });

  it('is three stages on Node 24: cpython and package on node:24-bookworm, the image on node:24-bookworm-slim', () => {
    expect(stages.map((s) => s[0][1])).toEqual(['node:24-bookworm AS cpython', 'node:24-bookworm AS package', 'node:24-bookworm-slim']);
  });

  it('builds CPython from nothing of the repository, exactly as ftconform provision builds it', () => {
    expect(of(cpython, 'COPY')).toEqual([]);
    expect(of(cpython, 'ADD')).toEqual([]);
    const run = of(cpython, 'RUN').join(' ');
    const prefix = buildPrefix(CACHE, '${CPYTHON_VERSION}');
    const flags = configureArgs(prefix, false).map((a) => a.replace(`--prefix=${prefix}`, `--prefix="${prefix}"`)).join(' ');
    expect(run).toContain(`./configure ${flags} && make -j"$(nproc)" && make install`);
    expect(run).toContain(`> "${prefix}/${COMPLETE_MARKER}"`);
    expect(run).toContain('https://www.python.org/ftp/python/${CPYTHON_VERSION}/Python-${CPYTHON_VERSION}.tar.xz');
    expect(of(cpython, 'ARG')).toEqual(of(image, 'ARG'));
  });

  it('packs ftconform as npm would publish it', () => {
    expect(of(pkg, 'RUN')).toEqual(['npm ci --no-audit --no-fund', 'npm pack --pack-destination /tmp && mv /tmp/ftconform-*.tgz /tmp/ftconform.tgz']);
  });

  it('the image: no compiler, the cached build where ftconform looks, ftconform installed from the package, checked', () => {
    const runs = of(image, 'RUN');
    expect(runs.join(' ')).not.toMatch(/\b(gcc|make|-dev)\b/);
    expect(of(image, 'COPY')).toEqual([`--from=cpython ${CACHE} ${CACHE}`, '--from=package /tmp/ftconform.tgz /tmp/ftconform.tgz']);
    expect(of(image, 'ENV').join(' ')).toContain(`FTCONFORM_CACHE=${CACHE}`);
    expect(runs).toContain('npm install --global --no-audit --no-fund /tmp/ftconform.tgz && rm /tmp/ftconform.tgz');
    expect(runs.at(-1)).toBe('ftconform provision --python-version "${CPYTHON_VERSION}"');
  });

  it('runs `ftconform run` in /app, so that -v "$PWD/reports:/app/reports" keeps the reports, as the README shows', () => {
    expect(of(image, 'WORKDIR')).toEqual(['/app']);
    expect(`${of(image, 'ENTRYPOINT')[0]} ${of(image, 'CMD')[0]}`).toBe('["ftconform"] ["run"]');
    expect(read('README.md')).toContain('docker run --rm -v "$PWD/reports:/app/reports" ftconform run');
  });

  it('runs the commands the README documents for it', () => {
    const runs = [...of(pkg, 'RUN'), ...of(image, 'RUN')].map((r) => r.split(' && ')[0]).filter((c) => /^(npm|ftconform) /.test(c));
    const entry = (JSON.parse(`[${of(image, 'ENTRYPOINT')[0]}, ${of(image, 'CMD')[0]}]`) as string[][]).flat().join(' ');
    expect([...runs, entry]).toEqual(readmeCommands('Dockerfile'));
  });
});

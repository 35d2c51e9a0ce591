import ejs from 'ejs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operation } from '../../src/catalogue/catalogue.ts';
import { bindLine, freezeFunction, initialLiteral } from '../../src/render/initialLiteral.ts';
import { pyLiteral } from '../../src/render/pyLiteral.ts';
import type { SerialSequence } from './serialSequence.ts';

const filename = fileURLToPath(new URL('../../templates/serial.py.ejs', import.meta.url));
const template = readFileSync(filename, 'utf8');

/**
 * One Python program that runs every sequence and prints what each operation did. The element is built,
 * bound and frozen by the same functions as in the scenario programs, so they are checked here too.
 */
export const renderSerial = (sequences: readonly SerialSequence[]): string =>
  ejs.render(template, {
    sequences: sequences.map((seq) => ({
      initial: initialLiteral(seq.container, seq.initial),
      bind: bindLine(seq.container),
      final: freezeFunction(seq.container),
      calls: seq.calls.map((call) => operation(call.op).python(call.args.map(pyLiteral))),
    })),
  }, { filename });

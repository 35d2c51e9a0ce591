import ejs from 'ejs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operation } from '../../src/catalogue/catalogue.ts';
import type { DictState } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { pyList, pyLiteral } from '../../src/render/pyLiteral.ts';
import type { SerialSequence } from './serialSequence.ts';

const filename = fileURLToPath(new URL('../../templates/serial.py.ejs', import.meta.url));
const template = readFileSync(filename, 'utf8');

const initialLiteral = (seq: SerialSequence): string =>
  seq.container === 'list' ? pyList(seq.initial as readonly PyValue[])
    : seq.container === 'dict' ? pyLiteral({ d: seq.initial as DictState })
      : pyLiteral({ s: seq.initial as readonly PyValue[] });

/** One Python program that runs every sequence and prints what each operation did. */
export const renderSerial = (sequences: readonly SerialSequence[]): string =>
  ejs.render(template, {
    sequences: sequences.map((seq) => ({
      initial: initialLiteral(seq),
      calls: seq.calls.map((call) => operation(call.op).python(call.args.map(pyLiteral))),
    })),
  }, { filename });

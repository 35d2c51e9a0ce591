import ejs from 'ejs';
import { loadTemplate } from './loadTemplate.ts';
import { pyLiteral } from './pyLiteral.ts';
import type { ProgramOptions } from './renderProgram.ts';
import { DEFAULT_PROGRAM, runtimeView } from './renderProgram.ts';
import type { ProgramItem } from './scenarioView.ts';
import { scenarioView } from './scenarioView.ts';

export interface ReproducerInput {
  readonly item: ProgramItem;
  /** Canonical JSON of every outcome a correct interpreter may give. */
  readonly allowed: readonly string[];
  /**
   * When the allowed outcomes cannot be listed (windowed reads are judged by a check, not a list): the
   * forbidden outcomes seen, which the reproducer then looks for instead.
   */
  readonly forbidden?: readonly string[];
  readonly title: string;
  /** Comment lines for the header: interpreter, seed and path, broken guarantee, hit rate, scenario. */
  readonly headerLines: readonly string[];
  readonly defaultSeconds: number;
}

/** A standalone .py that reproduces one finding with nothing but the interpreter (pure). */
export const renderReproducer = (input: ReproducerInput, opts: ProgramOptions = DEFAULT_PROGRAM): string => {
  const { text, filename } = loadTemplate('repro.py.ejs');
  return ejs.render(text, {
    ...runtimeView(opts),
    sc: scenarioView(input.item),
    allowed: [...input.allowed].sort().map(pyLiteral),
    forbidden: input.forbidden && [...input.forbidden].sort().map(pyLiteral),
    title: input.title.replace(/\n/g, ' '),
    headerLines: input.headerLines.flatMap((l) => l.split('\n')),
    defaultSeconds: String(input.defaultSeconds),
  }, { filename });
};

import ejs from 'ejs';
import { loadTemplate } from './loadTemplate.ts';
import { pyLiteral } from './pyLiteral.ts';
import type { ProgramOptions } from './renderProgram.ts';
import { DEFAULT_PROGRAM, runtimeView } from './renderProgram.ts';
import type { ProgramItem } from './scenarioView.ts';
import { scenarioView } from './scenarioView.ts';

export interface RaceReproducerInput {
  readonly item: ProgramItem;
  /** The races looked for, each as the two functions its accesses are blamed on. */
  readonly races: readonly (readonly [string, string])[];
  /** The suppressions file's text (the interpreter's own plus ftconform's), embedded so the file stands alone. */
  readonly suppressions: string;
  readonly title: string;
  readonly headerLines: readonly string[];
  readonly defaultSeconds: number;
}

/** A standalone .py that reruns a scenario under ThreadSanitizer until one of the given races is reported (pure). */
export const renderRaceReproducer = (input: RaceReproducerInput, opts: ProgramOptions = DEFAULT_PROGRAM): string => {
  const { text, filename } = loadTemplate('repro-race.py.ejs');
  return ejs.render(text, {
    ...runtimeView(opts),
    sc: scenarioView(input.item),
    races: input.races.map((pair) => pair.map(pyLiteral)),
    suppressions: pyLiteral(input.suppressions),
    title: input.title.replace(/\n/g, ' '),
    headerLines: input.headerLines.flatMap((l) => l.split('\n')),
    defaultSeconds: String(input.defaultSeconds),
  }, { filename });
};

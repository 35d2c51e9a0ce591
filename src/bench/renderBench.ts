import ejs from 'ejs';
import { operation } from '../catalogue/catalogue.ts';
import { freezeFunction, initialLiteral } from '../render/initialLiteral.ts';
import { loadTemplate } from '../render/loadTemplate.ts';
import { pyLiteral } from '../render/pyLiteral.ts';
import type { Scenario } from '../scenario/scenario.ts';

const opLines = (s: Scenario) => s.threads.map((ops) => ops.map((c) => operation(c.op).python(c.args.map(pyLiteral))));

/** pytest-run-parallel's model: a threading.Barrier before (and after) every iteration. */
export const renderBarrierBaseline = (s: Scenario, budgetS: number): string => {
  const { text, filename } = loadTemplate('bench-baseline.py.ejs');
  return ejs.render(text, { threads: opLines(s), initial: initialLiteral(s.container, s.initial),
    final: freezeFunction(s.container), budget: budgetS.toFixed(3) }, { filename });
};

/** The operation alone: one thread, fresh containers, no synchronisation. */
export const renderRawRate = (s: Scenario, budgetS: number): string => {
  const { text, filename } = loadTemplate('bench-raw.py.ejs');
  return ejs.render(text, { lines: opLines(s)[0][0], initial: initialLiteral(s.container, s.initial),
    budget: budgetS.toFixed(3) }, { filename });
};

/**
 * The operations alone with the engine's meetings every `meetEvery` elements, waiting as the engine waits: no
 * jitter, timing or results (bench-bare.py.ejs). The container is `c`.
 */
export const renderBare = (s: Scenario, budgetS: number, meetEvery: number): string => {
  const { text, filename } = loadTemplate('bench-bare.py.ejs');
  return ejs.render(text, { threads: opLines(s), initial: initialLiteral(s.container, s.initial), meet: meetEvery,
    budget: budgetS.toFixed(3) }, { filename });
};

import { operation } from '../catalogue/catalogue.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { bindLine, initialLiteral } from './initialLiteral.ts';
import { pyLiteral } from './pyLiteral.ts';

/** The scenario as a person reads it: the container, then each thread's Python code in order. */
export const scenarioLines = (s: Scenario): string[] => [
  `${bindLine(s.container).split(' = ')[0]} = ${initialLiteral(s.container, s.initial)}  # shared ${s.container}; lock: ${s.lock}`,
  ...s.threads.flatMap((ops, t) => [`thread ${t}:`,
    ...ops.flatMap((c) => operation(c.op).python(c.args.map(pyLiteral)).map((l) => `    ${l}`))]),
  ...(s.control ? [`controlled: threads take turns at gates; schedule [${s.control.schedule.join(', ')}], then up to `
    + `${s.control.bound} more preemptions, then PCT`] : []),
];

import ejs from 'ejs';
import { operation } from '../catalogue/catalogue.ts';
import { shapeOf, flavourOf } from '../catalogue/containerKind.ts';
import { holdsPythonEqKey } from '../oracle/operationFor.ts';
import { isLocked } from '../oracle/plan.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { freezeFunction, initialLiteral } from './initialLiteral.ts';
import { loadTemplate } from './loadTemplate.ts';
import { pyLiteral } from './pyLiteral.ts';

export interface ShortReproducerInput {
  readonly scenario: Scenario;
  /** Canonical JSON of the forbidden outcomes seen (what the script looks for). */
  readonly forbidden: readonly string[];
  readonly title: string;
  /** Comment lines under the title. */
  readonly headerLines: readonly string[];
  readonly defaultSeconds: number;
}

/**
 * The prelude's helpers in their shortest form, each added only when the script uses it: the value
 * constructors (_M a mortal int, _S a str that is not interned, _T a tuple built at run time) and the
 * freezers of a final state (without the prelude's consistency checks: the script looks for the forbidden
 * outcomes seen, not for new ones).
 */
const HELPERS: readonly (readonly [string, string])[] = [
  ['_M(', '_M = lambda v: int(str(v))'],
  ['_S(', '_S = lambda s: "".join(list(s))'],
  ['_T(', '_T = lambda *xs: tuple(list(xs))'],
  ['FL(', 'FL = tuple'],
  ['FS(', 'FS = frozenset'],
  ['FD(', 'FD = dict'],
];

/**
 * The prelude's ENC (canonical JSON of an outcome) for what a short script holds: exceptions, dicts (FD
 * copies one), sets in the prelude's _ORD order (ints, then strs, then tuples), tuples and lists.
 */
const ENC = ['def enc(v):',
  '    if isinstance(v, Exception): return {"e": type(v).__name__}',
  '    if isinstance(v, dict): return {"d": [[enc(k), enc(x)] for k, x in v.items()]}',
  '    if isinstance(v, (set, frozenset)): return {"s": [enc(x) for x in sorted(v, key=_ord)]}',
  '    return [enc(x) for x in v] if isinstance(v, (tuple, list)) else v'].join('\n');
const ORD = 'def _ord(x):\n    return (1, x) if isinstance(x, str) else (2, tuple(map(_ord, x))) if isinstance(x, tuple) else (0, x)';

/**
 * A short standalone reproducer (pure): the scenario's operations as plain functions, two or more threads
 * meeting per round on a counter, and the forbidden outcomes seen. Only for a single list, dict or set
 * with keys of the built-in types (no shared iterator, second container, dict subclass or key with a
 * Python __eq__, which need the full harness): otherwise undefined.
 */
export const renderShortReproducer = (input: ShortReproducerInput): string | undefined => {
  const { scenario } = input;
  if (shapeOf(scenario.container) !== 'single' || flavourOf(scenario.container) !== undefined) return undefined;
  if (holdsPythonEqKey(scenario.initial) || scenario.threads.some((ops) => ops.some((c) => holdsPythonEqKey(c.args)))) return undefined;
  if (input.forbidden.length === 0) return undefined;
  const threads = scenario.threads.map((ops) => ops.map((call) => {
    const op = operation(call.op);
    return { locked: isLocked(scenario, op), lines: op.python(call.args.map(pyLiteral)) };
  }));
  const initial = initialLiteral(scenario.container, scenario.initial);
  const freeze = freezeFunction(scenario.container);
  const code = [initial, `${freeze}(`, ...threads.flatMap((ops) => ops.flatMap((o) => o.lines))].join('\n');
  // Sets are encoded sorted: _ord only where a set can be (a set container, or an operation's FS).
  const sets = scenario.container === 'set' || code.includes('FS(');
  const helpers = [...HELPERS.filter(([use]) => code.includes(use)).map(([, def]) => def), ...(sets ? [ORD] : []), ENC];
  const { text, filename } = loadTemplate('repro-short.py.ejs');
  return ejs.render(text, {
    title: input.title.replace(/\n/g, ' '),
    headerLines: input.headerLines.flatMap((l) => l.split('\n')),
    defaultSeconds: String(input.defaultSeconds),
    helpers,
    forbidden: [...input.forbidden].sort().map(pyLiteral),
    threads,
    initial,
    freeze,
  }, { filename });
};

import type { BaseType, ContainerType, DictFlavour } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { baseOf, flavourOf, shapeOf } from '../catalogue/containerKind.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { DictIterInitial } from '../catalogue/iterInitial.ts';
import { pyList, pyLiteral } from './pyLiteral.ts';

const baseLiteral = (base: BaseType, initial: unknown): string => {
  if (base === 'list') return pyList(initial as readonly PyValue[]);
  if (base === 'dict') return pyLiteral({ d: initial as readonly (readonly [PyValue, PyValue])[] });
  return pyLiteral({ s: initial as readonly PyValue[] });
};

/**
 * The Python expression that builds one fresh element of the stride: the container; `(c, o)` for a
 * pair; for a shared iterator the prelude's `_LI([...])` (a list and an iterator over it), `_DI({...},
 * how, holes)` (a dict and one of its iterators), `_SI({...})` (a set and its iterator) or `_FI({...})`
 * (a frozenset and its iterator).
 */
export const initialLiteral = (container: ContainerType, initial: Scenario['initial']): string => {
  const shape = shapeOf(container), base = baseOf(container);
  if (shape === 'pair') {
    const [c, o] = initial as readonly [unknown, unknown];
    return `(${baseLiteral(base, c)}, ${baseLiteral(base, o)})`;
  }
  if (shape === 'iter') {
    if (base === 'list') return `_LI(${baseLiteral('list', initial)})`;
    if (base === 'dict') {
      const [items, how, holes] = initial as unknown as DictIterInitial;
      return `_DI(${baseLiteral('dict', items)}, ${pyLiteral(how)}, ${pyLiteral(holes)})`;
    }
    return `${container === 'frozenset+iter' ? '_FI' : '_SI'}(${baseLiteral('set', initial)})`;
  }
  const flavour = flavourOf(container);
  return flavour ? `${FLAVOUR_BUILD[flavour]}(${baseLiteral(base, initial)})` : baseLiteral(base, initial);
};

/** The prelude's constructors of dict's subclasses, from a dict literal. */
const FLAVOUR_BUILD: Readonly<Record<DictFlavour, string>> = { defaultdict: '_DD', odict: '_OD', counter: '_CT', instdict: '_IN' };

// The prelude's FL, FD, FS freeze a final state after checking the container's consistency.
const FREEZE: Record<BaseType, string> = { list: 'FL', dict: 'FD', set: 'FS' };

/** The prelude function that freezes an element's final state into a hashable outcome. */
export const freezeFunction = (container: ContainerType): string => {
  // A defaultdict(list)'s values are lists: FDL freezes them too.
  if (container === 'defaultdict') return 'FDL';
  // An instance's attributes: its __dict__.
  if (container === 'instdict') return 'FI';
  const shape = shapeOf(container), f = FREEZE[baseOf(container)];
  return shape === 'pair' ? `FPAIR(${f})` : shape === 'iter' ? `${f === 'FL' ? 'F' : f}ITER` : f;
};

/** How a worker binds the element it works on: `c`, or `c` and `o`. */
export const bindLine = (container: ContainerType): string =>
  shapeOf(container) === 'single' ? 'c = cs[j]' : 'c, o = cs[j]';

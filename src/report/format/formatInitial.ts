import type { ContainerType, DictFlavour } from '../../catalogue/operation.ts';

import type { PyValue } from '../../catalogue/pyValue.ts';
import type { Scenario } from '../../scenario/scenario.ts';
import { formatPyValue } from './formatPyValue.ts';
import { baseOf, shapeOf } from '../../catalogue/containerKind.ts';
import type { DictIterInitial } from '../../catalogue/iterInitial.ts';

const FLAVOUR_NAME: Readonly<Record<DictFlavour, string>> = { defaultdict: 'defaultdict', odict: 'OrderedDict', counter: 'Counter', instdict: 'instance' };

/** The container's initial state as a Python literal: `[1, 2]`, `{1: 'a'}`, `{1, 2}` or `set()`. */
export const formatInitial = (container: ContainerType, initial: Scenario['initial']): string => {
  const shape = shapeOf(container);
  if (shape === 'pair') {
    const [c, o] = initial as unknown as readonly [Scenario['initial'], Scenario['initial']];
    return `c = ${formatInitial(baseOf(container), c)}, o = ${formatInitial(baseOf(container), o)}`;
  }
  if (shape === 'iter') {
    if (container === 'dict+iter' || container === 'dict+reviter') {
      const [items, how, holes] = initial as unknown as DictIterInitial;
      const made = how === 'reversed' ? 'reversed(c)' : how === 'keys' ? 'iter(c)' : `iter(c.${how}())`;
      const gaps = holes.length > 0 ? ` (made after keys ${holes.map((k) => formatPyValue(k)).join(', ')} were added and deleted)` : '';
      return `c = ${formatInitial('dict', items as unknown as Scenario['initial'])}, o = ${made}${gaps}`;
    }
    if (container === 'frozenset+iter') return `c = frozenset(${formatInitial('set', initial)}), o = iter(c)`;
    return `c = ${formatInitial(baseOf(container), initial)}, o = iter(c)`;
  }
  if (baseOf(container) === 'dict') {
    const d = formatPyValue({ d: initial as readonly (readonly [PyValue, PyValue])[] });
    return container === 'dict' ? d : `${FLAVOUR_NAME[container as DictFlavour]}(${d})`;
  }
  if (container === 'set') return formatPyValue({ s: initial as readonly PyValue[] });
  return formatPyValue(initial as readonly PyValue[]);
};

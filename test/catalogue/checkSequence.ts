import { operation } from '../../src/catalogue/catalogue.ts';
import { shapeOf } from '../../src/catalogue/containerKind.ts';
import { encodeState, modelInitial } from '../../src/catalogue/encodeState.ts';
import type { ContainerState, ContainerType } from '../../src/catalogue/operation.ts';
import { pyLiteral } from '../../src/render/pyLiteral.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';
import type { Observed, SerialSequence } from './serialSequence.ts';

const callText = (seq: SerialSequence, i: number): string => {
  const call = seq.calls[i];
  return `${call.op}(${call.args.map(pyLiteral).join(', ')})`;
};

const encoded = (container: ContainerType, state: ContainerState): string =>
  JSON.stringify(encodeState(container, state));

// The encoding leaves out a shared iterator's position, which later results depend on: model states
// that print alike are merged only when nothing else tells them apart.
const stateKey = (container: ContainerType, state: ContainerState): string =>
  shapeOf(container) === 'iter' ? JSON.stringify(state) : encoded(container, state);

/** How a failure shows a model state: as printed; a list with its iterator as [items, position]. */
const shown = (container: ContainerType, state: ContainerState): string =>
  shapeOf(container) === 'iter' ? `${JSON.stringify(state)} ([items, iterator position])` : encoded(container, state);

/**
 * Follows the sequence through the models, keeping every state consistent with what Python printed so
 * far (set.pop branches); undefined when each operation's result and state are among the model's, else
 * a description of the first operation where they are not.
 */
export const checkSequence = (seq: SerialSequence, observed: readonly Observed[]): string | undefined => {
  const { container } = seq;
  const initial = modelInitial(container, seq.initial);
  let frontier: readonly ContainerState[] = [initial];
  for (let i = 0; i < seq.calls.length; i++) {
    const seen = observed[i];
    if (!seen) return `no output for operation ${i} (${callText(seq, i)})`;
    const call = seq.calls[i];
    const op = operation(call.op);
    const next = new Map<string, ContainerState>();
    const allowed = new Set<string>();
    for (const state of frontier) {
      for (const out of applyOp(op, state, call.args)) {
        const result = JSON.stringify(out.result ?? null);
        const printed = encoded(container, out.state);
        if (result === seen.result && printed === seen.state) next.set(stateKey(container, out.state), out.state);
        allowed.add(`result ${result}, state ${printed}`);
      }
    }
    if (next.size === 0) {
      return [
        `${container} ${shown(container, initial)}: ${seq.calls.map((_, j) => callText(seq, j)).join('; ')}`,
        `operation ${i}, ${callText(seq, i)} on ${frontier.map((s) => shown(container, s)).join(' or ')}`,
        `  Python: result ${seen.result}, state ${seen.state}`,
        ...[...allowed].map((a) => `  model:  ${a}`),
      ].join('\n');
    }
    frontier = [...next.values()];
  }
  return undefined;
};

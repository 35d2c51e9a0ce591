import { operation } from '../../src/catalogue/catalogue.ts';
import { encodeState } from '../../src/catalogue/encodeState.ts';
import type { ContainerState } from '../../src/catalogue/operation.ts';
import { pyLiteral } from '../../src/render/pyLiteral.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';
import type { Observed, SerialSequence } from './serialSequence.ts';

const callText = (seq: SerialSequence, i: number): string => {
  const call = seq.calls[i];
  return `${call.op}(${call.args.map(pyLiteral).join(', ')})`;
};

/**
 * Follows the sequence through the models, keeping every state consistent with what Python printed so
 * far (set.pop branches); undefined when each operation's result and state are among the model's, else
 * a description of the first operation where they are not.
 */
export const checkSequence = (seq: SerialSequence, observed: readonly Observed[]): string | undefined => {
  let frontier: readonly ContainerState[] = [seq.initial];
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
        const encoded = JSON.stringify(encodeState(seq.container, out.state));
        if (result === seen.result && encoded === seen.state) next.set(encoded, out.state);
        allowed.add(`result ${result}, state ${encoded}`);
      }
    }
    if (next.size === 0) {
      const before = frontier.map((s) => JSON.stringify(encodeState(seq.container, s))).join(' or ');
      return [
        `${seq.container} ${JSON.stringify(encodeState(seq.container, seq.initial))}: `
          + seq.calls.map((_, j) => callText(seq, j)).join('; '),
        `operation ${i}, ${callText(seq, i)} on ${before}`,
        `  Python: result ${seen.result}, state ${seen.state}`,
        ...[...allowed].map((a) => `  model:  ${a}`),
      ].join('\n');
    }
    frontier = [...next.values()];
  }
  return undefined;
};

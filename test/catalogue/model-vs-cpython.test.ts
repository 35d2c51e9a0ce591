import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { checkSequence } from './checkSequence.ts';
import { edgeSequences } from './edgeSequences.ts';
import { renderSerial } from './renderSerial.ts';
import { runSerial } from './runSerial.ts';
import { batchArb } from './sequenceArb.ts';
import { serialConfig } from './serialConfig.ts';

// Differential: every catalogue model against CPython itself, run serially. A sequence passes when each
// operation's result and the state after it (both objects of a pair, the list under a shared iterator)
// are among the model's possible outcomes. One Python process per batch; each batch holds PER_OP
// sequences focused on every operation of the container kind. Broken fixtures run too: they are broken
// only under concurrency.
const PER_OP = 8;

const config = serialConfig();
const containers = [...new Set(catalogue.map((op) => op.container))];

describe('catalogue models agree with CPython on serial executions', () => {
  it('hand-picked corners of the two-object kinds', async () => {
    const program = renderSerial(edgeSequences);
    for (const interp of config.interps) {
      const observed = await runSerial(interp, program, edgeSequences.length);
      edgeSequences.forEach((seq, s) => {
        const failure = checkSequence(seq, observed[s]);
        if (failure) throw new Error(`${interp.path}: ${failure}`);
      });
    }
  });

  for (const container of containers) {
    it(`${container} operations`, async () => {
      const ops = catalogue.filter((op) => op.container === container);
      const exercised = new Set<string>();
      const details = await fc.check(fc.asyncProperty(batchArb(container, ops, PER_OP), async (batch) => {
        const program = renderSerial(batch);
        for (const interp of config.interps) {
          const observed = await runSerial(interp, program, batch.length);
          batch.forEach((seq, s) => {
            const failure = checkSequence(seq, observed[s]);
            if (failure) throw new Error(`${interp.path}: ${failure}`);
          });
        }
        for (const seq of batch) for (const call of seq.calls) exercised.add(call.op);
      }), { numRuns: config.batches, seed: config.seed, path: config.path, endOnFailure: true });
      // A batch is hundreds of sequences: report the replay recipe and the failing one, not the batch.
      if (details.failed) {
        throw new Error(`{ seed: ${details.seed}, path: "${details.counterexamplePath}", endOnFailure: true }\n`
          + String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance));
      }
      expect(ops.map((op) => op.id).filter((id) => !exercised.has(id))).toEqual([]);
    }, 300_000);
  }
});

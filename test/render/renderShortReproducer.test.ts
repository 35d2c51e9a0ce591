// The short reproducer an issue draft inlines: plain Python that encodes each round's outcome as ftconform
// does. Run on the machine's python3 with the scenario's serial outcomes given as the "forbidden" ones (with
// two threads some serial order shows in nearly every round): it must recognise them, byte for byte, for
// lists, dicts and sets, exceptions, mortal ints, non-interned strings and tuples; and it must exit 0 when
// what it looks for never happens.
import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/oracle/plan.ts';
import { serialOutcomes } from '../../src/oracle/serialOutcomes.ts';
import { renderShortReproducer, type ShortReproducerInput } from '../../src/render/renderShortReproducer.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { call, scenarioOf, setdefaultRace } from '../oracle/scenarioOf.ts';
import { runPython } from './python.ts';

const input = (scenario: Scenario, forbidden: readonly string[]): ShortReproducerInput =>
  ({ scenario, forbidden, title: 'a title\nover two lines', headerLines: ['Found by ftconform'], defaultSeconds: 10 });
const serial = (s: Scenario) => [...serialOutcomes(planOf(s))];

const SCENARIOS: [string, Scenario][] = [
  ['list: pop on an empty list raises IndexError, append of a mortal int', scenarioOf('list', [[call('list.pop')], [call('list.append', 1000), call('list.len')]])],
  ['list: a tuple item and index()', scenarioOf('list', [[call('list.index', ['t', 1])], [call('list.append', ['t', 1])]], { initial: [3] })],
  ['dict: setdefault race', setdefaultRace()],
  ['dict: non-interned string keys, copy()', scenarioOf('dict', [[call('dict.setitem', '~k0', 1)], [call('dict.copy')]], { initial: [['a', 2]] })],
  ['set: add and pop, members of mixed types', scenarioOf('set', [[call('set.add', 'x')], [call('set.pop'), call('set.copy')]], { initial: [1, 'b'] })],
  ['dict under the lock: every operation in `with L:`', setdefaultRace('dict.setdefault', 'all')],
];

describe('renderShortReproducer', () => {
  it.each(SCENARIOS)('%s: finds the outcomes it is told to look for, encoded as ftconform encodes them', async (_, scenario) => {
    const wanted = serial(scenario);
    const source = renderShortReproducer(input(scenario, wanted))!;
    const r = await runPython(source, ['0.5']);
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(1);
    const first = /^forbidden outcome: (.*)$/m.exec(r.stdout)?.[1];
    expect(wanted).toContain(first);
    expect(r.stdout).toMatch(/a forbidden outcome in [1-9]\d* of \d+ rounds\n?$/);
  }, 60_000);

  it('exits 0 when what it looks for never shows', async () => {
    const source = renderShortReproducer(input(setdefaultRace(), ['[[1],[2],{"d":[[1,3]]}]']))!;
    const r = await runPython(source, ['0.3']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+: a forbidden outcome in 0 of [1-9]\d* rounds$/);
  }, 60_000);

  it('is short: a one-operation race fits in 60 lines, the title on one line', () => {
    const source = renderShortReproducer(input(setdefaultRace(), ['[[10],[20],{"d":[[1,20]]}]']))!;
    expect(source.split('\n').length).toBeLessThanOrEqual(60);
    expect(source.startsWith('# a title over two lines\n# Found by ftconform\n')).toBe(true);
    // Only the helpers it uses: no set ordering for a dict, no mortal-int constructor without one.
    expect(source).not.toContain('def _ord');
    expect(source).not.toContain('_M =');
  });

  it('leaves out what needs the full harness: shared iterators, two containers, dict subclasses, Python __eq__ keys', () => {
    const none = ['[]'];
    expect(renderShortReproducer(input(scenarioOf('list+iter', [[call('list+iter.next')], [call('list+iter.next')]], { initial: [1] }), none))).toBeUndefined();
    expect(renderShortReproducer(input(scenarioOf('defaultdict', [[call('defaultdict.append', 1, 1)], [call('defaultdict.append', 1, 2)]]), none))).toBeUndefined();
    expect(renderShortReproducer(input(scenarioOf('dict', [[call('dict.setitem', { k: 1 }, 1)], [call('dict.get', { k: 2 })]]), none))).toBeUndefined();
    expect(renderShortReproducer(input(setdefaultRace(), []))).toBeUndefined();
  });
});

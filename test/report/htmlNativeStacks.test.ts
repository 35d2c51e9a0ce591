import { describe, expect, it } from 'vitest';
import { htmlCase } from '../../src/report/html/htmlCase.ts';
import { hungCase } from './fixtures.ts';

describe("a hang's native stacks in the HTML report", () => {
  it('come after its Python stacks, escaped, in a block of their own', () => {
    const native = 'Thread 1 (Thread 0x7f (LWP 11) "python3.13t"):\n#0  take_gil (tstate=<optimized out>) at Python/ceval_gil.c:331';
    const html = htmlCase(hungCase({ nativeStacks: native }), { id: 'c1', open: true });
    expect(html).toMatch(/Stacks of every thread<\/h4><pre class="traceback">Timeout[\s\S]*<\/pre><h4>Native stacks of every thread \(gdb, before the kill\)<\/h4><pre class="traceback">Thread 1 \(Thread 0x7f \(LWP 11\) &quot;python3.13t&quot;\):\n#0  take_gil \(tstate=&lt;optimized out&gt;\)/);
  });

  it('are replaced by the line that says why there are none', () => {
    const html = htmlCase(hungCase({ stacksNote: 'native stacks not captured: no gdb on this machine (install gdb)' }), { id: 'c1', open: true });
    expect(html).toContain('<p class="meta">native stacks not captured: no gdb on this machine (install gdb)</p>');
    expect(html).not.toContain('Native stacks of every thread');
  });
});

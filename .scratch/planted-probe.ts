import { checkProperty } from '../src/engine/checkProperty.ts';
import { PROFILES } from '../src/engine/profile.ts';
import { replayCommand } from '../src/engine/replayCommand.ts';
import { checkInterp } from '../src/interp/checkInterp.ts';
import { createPool } from '../src/run/runPool.ts';
import { plantedBugProperties } from '../suites/selftest.suite.ts';

const checked = await checkInterp(process.argv[2]);
if (!checked.ok) throw new Error('bad interp');
const interp = checked.info;
const seeds = Number(process.argv[3] ?? 3);
const only = process.argv[4];
for (const { property, symptoms } of plantedBugProperties.filter((b) => !only || b.property.name.includes(only))) {
  const rows = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const pool = createPool(1);
    const t0 = Date.now();
    const r = await checkProperty(property, { interp, pool, profile: { ...PROFILES.quick, shrinkMs: 1, retries: 1, confirmRuns: 1 },
      seed, reproDir: '/tmp/planted-repro', replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite) });
    rows.push(`${r.status}${symptoms.includes(r.status as never) ? "" : "!"} ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    if (!symptoms.includes(r.status as never)) console.log("   ", r.status, r.message.slice(0, 400));
    pool.cancel();
  }
  console.log(property.name.padEnd(90), rows.join(' | '));
}

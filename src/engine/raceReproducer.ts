import { readFileSync } from 'node:fs';
import { renderRaceReproducer } from '../render/renderRaceReproducer.ts';
import type { ProgramItem } from '../render/scenarioView.ts';
import type { CaseResult } from '../results/caseResult.ts';
import type { DataRace } from '../results/dataRace.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import { suppressionsFile } from '../tsan/tsanEnv.ts';
import { tsanProgram } from '../tsan/tsanProgram.ts';

/** The source of a data-race reproducer: the scenario, the races' blamed frames, and the suppressions this run used. */
export const raceReproducer = (item: ProgramItem, races: readonly DataRace[], interp: InterpInfo, result: CaseResult,
  header: readonly string[]): string =>
  renderRaceReproducer({
    item,
    races: races.map((r) => [r.accesses[0]?.blamed ?? '?', r.accesses[1]?.blamed ?? '?'] as const),
    suppressions: readFileSync(suppressionsFile(interp), 'utf8'),
    title: `${result.property} — ${result.status}`,
    headerLines: [...header, 'Races looked for:', ...races.map((r) => `  ${r.kind}: ${r.key}`)],
    defaultSeconds: 30,
  }, tsanProgram());

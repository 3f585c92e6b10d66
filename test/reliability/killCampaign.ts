import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standardCsv } from '../integration/support/standardCsv';
import { runTrial, SCENARIO_LABELS, SCENARIOS, type Scenario, type TrialResult } from './killTrial';
import { writeTrialTemplate } from './trialTemplate';
import { assertBuilt } from './webProcess';

/**
 * Campaign 1: `trials` kill -9 trials against the built browser mode, the scenarios taken in turn. Prints one
 * French line per trial as it ends; a failed trial prints its problems and keeps its folder.
 */

export interface KillCampaign {
  trials: TrialResult[];
  failed: TrialResult[];
  confirmedWrites: number;
  documents: number;
  importsAll: number;
  importsNone: number;
  byScenario: Map<Scenario, { trials: number; failed: number; confirmed: number }>;
  durationMs: number;
  keptDir: string | null;
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`;

export async function killCampaign(count: number, seed: number, rows: number): Promise<KillCampaign> {
  assertBuilt();
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'maillage-fiabilite-'));
  const template = await writeTrialTemplate(dir);
  const setup = { seed, dir, template, csv: standardCsv(rows, 'fiabilite'), rows };
  const trials: TrialResult[] = [];
  for (let index = 0; index < count; index++) {
    const result = await runTrial(index, setup);
    trials.push(result);
    const landed =
      result.importLanded === null ? '' : result.importLanded ? ' ; import entier' : ' ; import absent';
    const verdict = result.problems.length === 0 ? '✔' : `✘ ${result.problems.length} problème(s)`;
    console.log(
      `  Essai ${index + 1}/${count} — ${SCENARIO_LABELS[result.scenario]} ; tué ${result.killedWhen} ; ` +
        `${result.confirmedWrites} écriture(s) confirmée(s) vérifiée(s)${landed} ; ${seconds(result.durationMs)} ${verdict}`,
    );
    for (const problem of result.problems) console.log(`      ✘ ${problem}`);
  }
  const failed = trials.filter((trial) => trial.problems.length > 0);
  const byScenario = new Map(
    SCENARIOS.map((scenario) => {
      const of = trials.filter((trial) => trial.scenario === scenario);
      return [
        scenario,
        {
          trials: of.length,
          failed: of.filter((trial) => trial.problems.length > 0).length,
          confirmed: of.reduce((sum, trial) => sum + trial.confirmedWrites, 0),
        },
      ];
    }),
  );
  if (failed.length === 0) rmSync(dir, { recursive: true, force: true });
  return {
    trials,
    failed,
    confirmedWrites: trials.reduce((sum, trial) => sum + trial.confirmedWrites, 0),
    documents: trials.reduce((sum, trial) => sum + trial.documents, 0),
    importsAll: trials.filter((trial) => trial.importLanded === true).length,
    importsNone: trials.filter((trial) => trial.importLanded === false).length,
    byScenario,
    durationMs: performance.now() - started,
    keptDir: failed.length > 0 ? dir : null,
  };
}

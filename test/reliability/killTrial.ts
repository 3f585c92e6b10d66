import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomFrom } from '../bench/seedActors';
import { checkReopened } from './checkReopened';
import { Ledger, type Series } from './ledger';
import type { TrialTemplate } from './trialTemplate';
import { backupStream, documentStream, importRun, saveStream } from './trialWorkload';
import { startWebProcess } from './webProcess';

/**
 * One kill -9 trial: a copy of the template file, the browser mode started on it, a user's work under way
 * (the trial's scenario), the process killed at a moment drawn from the trial's own seed, then the file
 * reopened and checked (`checkReopened.ts`).
 */

export const SCENARIOS = [
  'import',
  'importAnnulé',
  'feuilleDeRoute',
  'diagnostic',
  'word',
  'territoire',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_LABELS: Record<Scenario, string> = {
  import: 'Import, pendant des sauvegardes',
  importAnnulé: 'Import annulé, pendant des sauvegardes et un export Word',
  feuilleDeRoute: 'Sauvegardes automatiques de la feuille de route',
  diagnostic: 'Commentaire et diagnostics figés',
  word: 'Exports Word, pendant des sauvegardes',
  territoire: 'Réglages du territoire et sauvegardes du fichier',
};

/** When the kill comes, in ms after the work started, for the scenarios that do not follow an import. */
const KILL_WINDOW_MS: Record<Exclude<Scenario, 'import' | 'importAnnulé'>, [number, number]> = {
  feuilleDeRoute: [100, 2500],
  diagnostic: [100, 2500],
  word: [300, 6000],
  territoire: [100, 3000],
};
/** The kill of an import comes within this many ms after `import.start` answered (3,000 rows: ≈ 0.3–1 s of write). */
const IMPORT_KILL_MS = 1500;
/** Whatever happens, the kill comes by then. */
const LAST_KILL_MS = 60_000;

export interface TrialResult {
  index: number;
  scenario: Scenario;
  /** Where the work stood when the kill came, in French. */
  killedWhen: string;
  confirmedWrites: number;
  documents: number;
  importLanded: boolean | null;
  problems: string[];
  durationMs: number;
}

export interface TrialSetup {
  seed: number;
  dir: string;
  template: TrialTemplate;
  csv: string;
  rows: number;
}

export async function runTrial(index: number, setup: TrialSetup): Promise<TrialResult> {
  const started = performance.now();
  const plan = randomFrom(setup.seed + index * 7919);
  const pauses = randomFrom(setup.seed + index * 7919 + 1);
  const scenario = SCENARIOS[index % SCENARIOS.length]!;
  const dir = join(setup.dir, `essai-${index + 1}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'maillage.sqlite');
  copyFileSync(setup.template.path, path);

  const app = await startWebProcess(path);
  const ledger = new Ledger();
  const ids = { chantierId: setup.template.chantierId, actionId: setup.template.actionId };
  const pause = () => pauses.int(0, 40);
  const saves = (series: Series) => saveStream(app, ledger, series, ids, pause);

  let killedWhen = '';
  let fire: () => void = () => {};
  const killSignal = new Promise<void>((resolve) => (fire = resolve));
  const killAfter = (ms: number, when: string) =>
    setTimeout(() => {
      killedWhen ||= when;
      fire();
    }, ms);
  const lastResort = killAfter(LAST_KILL_MS, `au bout de ${LAST_KILL_MS / 1000} s`);

  const streams: Promise<void>[] = [];
  if (scenario === 'import' || scenario === 'importAnnulé') {
    // The import's rows are written in one go, within one turn of the engine: the kill comes at a time
    // drawn after `import.start` answered, in [0, IMPORT_KILL_MS) (a share of the draws falls in the
    // write, the rest before or after it), or, one time in twelve, during the preview or the start.
    // The cancelled import is cancelled within 60 ms of its start, while a Word document is being built:
    // obeyed if the import still waits for the database, else answered once the import has ended.
    const early = plan.next() < 1 / 12;
    const killMs = plan.int(0, IMPORT_KILL_MS);
    const cancelAfterMs = scenario === 'importAnnulé' ? plan.int(0, 60) : null;
    const afterMs = plan.int(0, 500);
    if (early) killAfter(plan.int(0, 400), 'pendant l’aperçu ou le démarrage de l’import');
    streams.push(
      importRun(app, ledger, {
        csv: setup.csv,
        rows: setup.rows,
        cancelAfterMs,
        onProgress(state) {
          if (early || state === 'sent') return;
          if (state === 'running') killAfter(killMs, `${killMs} ms après le démarrage de l’import`);
          else killAfter(afterMs, `après la fin de l’import (${state})`);
        },
      }),
    );
    streams.push(saves('contexte'), saves('commentaire'), saves('figé'));
    if (scenario === 'importAnnulé') streams.push(documentStream(app, ledger));
  } else {
    const [min, max] = KILL_WINDOW_MS[scenario];
    const ms = plan.int(min, max);
    killAfter(ms, `${ms} ms après le début`);
    if (scenario === 'feuilleDeRoute') streams.push(saves('contexte'), saves('action'), saves('objectif'));
    if (scenario === 'diagnostic') streams.push(saves('commentaire'), saves('figé'));
    if (scenario === 'word')
      streams.push(documentStream(app, ledger), saves('contexte'), saves('commentaire'));
    if (scenario === 'territoire') streams.push(saves('territoire'), backupStream(app, ledger, pause));
  }

  await killSignal;
  clearTimeout(lastResort);
  const crash = app.exitedEarly();
  await app.kill();
  await Promise.all(streams);

  const outcome = await checkReopened(path, ledger, {
    actors: setup.template.actorsBefore,
    places: setup.template.placesBefore,
  });
  const problems = [
    ...(crash ? [`Le processus s’est arrêté avant le kill : ${crash}`] : []),
    ...ledger.refusals.map((refusal) => `Refus inattendu pendant le travail : ${refusal}`),
    ...outcome.problems,
  ];
  // A failed trial's folder stays, to be looked at.
  if (problems.length === 0) rmSync(dir, { recursive: true, force: true });
  return {
    index,
    scenario,
    killedWhen,
    confirmedWrites: ledger.confirmedWrites,
    documents: ledger.documents,
    importLanded: outcome.importLanded,
    problems,
    durationMs: performance.now() - started,
  };
}

/**
 * `npm run reliability`: the campaigns behind the README's « Fiabilité » section, with fixed seeds, too long
 * for `npm test` (about ten minutes on two cores with the defaults).
 *
 *   1. kill -9 trials against the built browser mode, during imports, autosaves, the diagnostic, Word
 *      exports and backups; each file reopened and checked (`killCampaign.ts`);
 *   2. the router fuzzer, longer than the bounded one in `npm test`, with its own seed (`longFuzz.ts`);
 *   3. the loopback boundary of the built browser mode, request by request (`loopbackChecks.ts`).
 *
 * Options: `npm run reliability -- --essais 60 --graine 7 --lignes 5000 --fuzz 200`. Exits with 1 when
 * anything failed, after printing every failure.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { killCampaign } from './killCampaign';
import { SCENARIO_LABELS } from './killTrial';
import { longFuzz } from './longFuzz';
import { loopbackChecks } from './loopbackChecks';
import { printTable } from './summaryTable';

const { values } = parseArgs({
  options: {
    essais: { type: 'string', default: process.env.MAILLAGE_ESSAIS ?? '30' },
    graine: { type: 'string', default: '20261204' },
    lignes: { type: 'string', default: '3000' },
    fuzz: { type: 'string', default: '100' },
  },
});
const trials = Number(values.essais);
const seed = Number(values.graine);
const rows = Number(values.lignes);
const fuzzRuns = Number(values.fuzz);
const fuzzSeed = seed + 1;

const int = (value: number) => value.toLocaleString('fr-FR');
const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${seconds} s`
    : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
};
const started = performance.now();

console.log(
  `Fiabilité de Maillage — graine ${seed} ; Node ${process.version}, ${process.platform}, ${availableParallelism()} cœurs.\n`,
);

console.log(`1. ${trials} essais de kill -9 du mode navigateur construit (imports de ${int(rows)} lignes)`);
const kills = await killCampaign(trials, seed, rows);

console.log(
  `\n2. Fuzz du routeur : ${fuzzRuns} appels hostiles et ${fuzzRuns} valeurs hostiles par méthode, ` +
    `${Math.floor(fuzzRuns / 2)} de forme valide ; graine ${fuzzSeed}`,
);
const fuzz = await longFuzz(fuzzSeed, fuzzRuns, Math.floor(fuzzRuns / 2));
for (const failure of fuzz.failures) console.log(`  ✘ ${failure}`);

console.log('\n3. Frontière locale du mode navigateur (jeton, Host, Origin, types, dossiers)');
const loopback = await loopbackChecks();
for (const check of loopback)
  console.log(`  ${check.held ? '✔' : '✘'} ${check.label}${check.held ? '' : ` — reçu : ${check.detail}`}`);

const refusals = [...fuzz.outcomes.entries()]
  .filter(([code]) => code !== 'ok')
  .sort((a, b) => b[1] - a[1])
  .map(([code, count]) => `${code} ${int(count)}`)
  .join(', ');
const loopbackHeld = loopback.filter((check) => check.held).length;

console.log(
  `\nRésumé (${new Date().toLocaleDateString('fr-FR')}, ${duration(performance.now() - started)})\n`,
);
printTable([
  [
    'Essais de kill -9',
    `${int(kills.trials.length)}, ${int(kills.trials.length - kills.failed.length)} fichiers intacts`,
  ],
  ...[...kills.byScenario.entries()].map(([scenario, figures]): [string, string] => [
    `  ${SCENARIO_LABELS[scenario]}`,
    `${figures.trials} essais, ${int(figures.confirmed)} écritures confirmées, ${figures.failed} échec(s)`,
  ]),
  ['Écritures confirmées vérifiées', int(kills.confirmedWrites)],
  ['Imports tués : entiers / absents', `${kills.importsAll} / ${kills.importsNone}, aucun partiel attendu`],
  ['Documents Word reçus avant le kill', int(kills.documents)],
  ['Durée des essais', duration(kills.durationMs)],
  ['Appels du fuzz', `${int(fuzz.calls)} sur ${fuzz.methods} méthodes`],
  ['  acceptés', int(fuzz.outcomes.get('ok') ?? 0)],
  ['  refus par code', refusals],
  ['  erreurs internes, exceptions, réponses mal formées', int(fuzz.failures.length)],
  ['Durée du fuzz', duration(fuzz.durationMs)],
  ['Frontière locale', `${loopbackHeld} contrôles tenus sur ${loopback.length}`],
]);

const failed = kills.failed.length + fuzz.failures.length + (loopback.length - loopbackHeld);
if (kills.keptDir) console.log(`\nLes dossiers des essais échoués sont gardés dans ${kills.keptDir}.`);
console.log(failed === 0 ? '\n✔ Aucun échec.' : `\n✘ ${failed} échec(s) : voir plus haut.`);
process.exit(failed === 0 ? 0 : 1);

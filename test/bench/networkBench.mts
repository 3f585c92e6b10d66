/**
 * The network's queries on 100,000 actors (`npx tsx test/bench/networkBench.mts [folder]`): seeds the
 * directory through the import's bulk writer (or reuses `annuaire-100000-reseau.sqlite` in `folder`), gives
 * a status to a share of the actors as a territory would after a year of meetings (1 % members, 2 % met,
 * 10 % spotted, 0.5 % declined, the rest not said) and 6,000 contacts, half with a next step, then times the
 * directory filtered by status (alone and with other filters), the « Réseau » overview and one actor's log.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/backend/db/open';
import { frozenClock } from '../../electron/backend/clock';
import type { BackendContext } from '../../electron/backend/context';
import { createRouter } from '../../electron/backend/router/router';
import { actorHandlers } from '../../electron/backend/actors/handlers';
import { networkHandlers } from '../../electron/backend/network/handlers';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { seedDirectory } from './seedDirectory';
import { formatRow, median, timeAsync, type BenchRow } from './measure';

const SIZE = 100_000;
const TODAY = '2026-04-05';
const RUNS = 30;
const given = process.argv[2];
const dir = given ?? mkdtempSync(join(tmpdir(), 'maillage-reseau-'));
mkdirSync(dir, { recursive: true });
const path = join(dir, `annuaire-${SIZE}-reseau.sqlite`);

async function seedNetwork(): Promise<void> {
  const opened = openDatabase(path);
  const { sqlite } = opened;
  sqlite.transaction(() => {
    // Spread by id so that every status is found all along the name order.
    sqlite.exec(`UPDATE actor SET network_status = CASE
        WHEN id % 100 = 0 THEN 'member' WHEN id % 50 = 1 THEN 'met' WHEN id % 10 = 2 THEN 'spotted'
        WHEN id % 200 = 3 THEN 'declined' END,
      network_status_changed_at = '2026-01-01T10:00:00.000Z'
      WHERE id % 100 = 0 OR id % 50 = 1 OR id % 10 = 2 OR id % 200 = 3`);
    const insert = sqlite.prepare(`INSERT INTO network_contact
      (actor_id, contact_on, kind, who, notes, next_step, next_step_on, created_at, updated_at)
      VALUES (?, ?, 'visit', 'Claire (coordinatrice)', 'Présentation de la démarche.', ?, ?, 'x', 'x')`);
    for (let i = 0; i < 6000; i++) {
      const actorId = 1 + ((i * 16_661) % SIZE);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const withStep = i % 2 === 0;
      insert.run(
        actorId,
        `2025-${month}-15`,
        withStep ? 'Rappeler pour la charte' : null,
        withStep ? `2026-${month}-20` : null,
      );
    }
  })();
  await opened.close();
}

if (!existsSync(path)) {
  const seconds = await seedDirectory(path, SIZE, 50, TODAY);
  await seedNetwork();
  console.log(
    `Remplissage de ${SIZE.toLocaleString('fr-FR')} acteurs et du réseau : ${seconds.toFixed(1)} s`,
  );
}

const database = openDatabase(path);
const ctx: BackendContext = {
  db: database.db,
  sqlite: database.sqlite,
  clock: frozenClock(`${TODAY}T10:00:00Z`),
  databasePath: path,
  schemaVersion: database.migration.to,
  appVersion: 'bench',
  logPath: null,
};
const router = createRouter(ctx);
router.register({ ...actorHandlers, ...networkHandlers });
const rows: BenchRow[] = [];

async function measure<M extends ApiMethod>(label: string, method: M, input: ApiInput<M>, targetMs?: number) {
  const first = await router.dispatch(method, input);
  if (!first.ok) throw new Error(`${label} : ${first.error.message}`);
  for (let i = 0; i < 3; i++) await router.dispatch(method, input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeAsync(() => router.dispatch(method, input)));
  const total = (first.data as { total?: number }).total;
  const found = total === undefined ? '' : ` → ${total.toLocaleString('fr-FR')} résultats`;
  rows.push({ label: `${label}${found}`, ms: median(times), targetMs });
}

const communes = (
  database.sqlite.prepare('SELECT code FROM territory_commune ORDER BY code LIMIT 5').all() as {
    code: string;
  }[]
).map((c) => c.code);
const loggedActor = (
  database.sqlite
    .prepare('SELECT actor_id AS id FROM network_contact GROUP BY actor_id ORDER BY COUNT(*) DESC')
    .get() as {
    id: number;
  }
).id;

try {
  await measure('Membres du réseau (tri par nom)', 'actors.list', { networkStatuses: ['member'] }, 15);
  await measure('Non renseigné (tri par nom)', 'actors.list', { networkStatuses: ['none'] }, 15);
  await measure(
    'Repéré + non renseigné, tri par commune',
    'actors.list',
    { networkStatuses: ['spotted', 'none'], sort: { field: 'commune', direction: 'asc' } },
    15,
  );
  await measure(
    'Rencontré + rôle + service',
    'actors.list',
    { networkStatuses: ['met'], roles: ['operateur'], services: ['Aide aux démarches administratives'] },
    15,
  );
  await measure(
    'Repéré + recherche « mediath »',
    'actors.list',
    { networkStatuses: ['spotted'], search: 'mediath' },
    15,
  );
  await measure(
    'Membres + fraîcheur + 5 communes, tri par vérification',
    'actors.list',
    {
      networkStatuses: ['member'],
      freshness: ['over12', 'over18'],
      communeCodes: communes,
      sort: { field: 'lastVerifiedOn', direction: 'desc' },
    },
    15,
  );
  await measure(
    'Non renseigné, dernière page',
    'actors.list',
    { networkStatuses: ['none'], offset: 86_000, limit: 100 },
    15,
  );
  // The same queries without the status, for comparison.
  await measure('(Sans statut) recherche « mediath »', 'actors.list', { search: 'mediath' }, 15);
  await measure(
    '(Sans statut) fraîcheur + 5 communes, tri par vérification',
    'actors.list',
    {
      freshness: ['over12', 'over18'],
      communeCodes: communes,
      sort: { field: 'lastVerifiedOn', direction: 'desc' },
    },
    15,
  );
  await measure(
    '(Sans statut) tout l’annuaire trié par commune',
    'actors.list',
    { sort: { field: 'commune', direction: 'asc' } },
    15,
  );
  await measure('(Sans statut) page au décalage 86 000', 'actors.list', { offset: 86_000, limit: 100 }, 15);
  await measure('Écran « Réseau » (comptes et priorités)', 'network.overview', {}, 50);
  await measure('Journal d’un acteur', 'network.actor', { actorId: loggedActor }, 5);
  console.log(`\n${SIZE.toLocaleString('fr-FR')} acteurs, ${RUNS} mesures, médianes\n`);
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const row of rows) console.log(formatRow(row, width));
} finally {
  await database.close();
  if (!given) rmSync(dir, { recursive: true, force: true });
}

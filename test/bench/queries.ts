/**
 * The query half of `npm run bench`, run by `run.ts` in a child process: opens the seeded file as the app
 * does, answers the directory's list through the router, and sends back the medians and its peak memory.
 * Arguments: the database path and today's date. With MAILLAGE_BENCH_ANALYZE=1, SQLite first gathers its
 * statistics (as `PRAGMA optimize` may do after an upgrade), to check that the plans hold either way.
 */
import { openDatabase } from '../../electron/backend/db/open';
import { frozenClock } from '../../electron/backend/clock';
import type { BackendContext } from '../../electron/backend/context';
import { createRouter } from '../../electron/backend/router/router';
import { actorHandlers } from '../../electron/backend/actors/handlers';
import type { ApiInput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { median, timeAsync, type BenchRow } from './measure';

const RUNS = 40;
const WARM_UP = 3;
const [path, today] = process.argv.slice(2) as [string, string];

const database = openDatabase(path);
if (process.env.MAILLAGE_BENCH_ANALYZE === '1') database.sqlite.exec('ANALYZE');
const ctx: BackendContext = {
  db: database.db,
  sqlite: database.sqlite,
  clock: frozenClock(`${today}T10:00:00Z`),
  databasePath: path,
  schemaVersion: database.migration.to,
  appVersion: 'bench',
  logPath: null,
};
const router = createRouter(ctx);
router.register(actorHandlers);
const rows: BenchRow[] = [];

async function measure<M extends ApiMethod>(label: string, method: M, input: ApiInput<M>, targetMs?: number) {
  const first = await router.dispatch(method, input);
  if (!first.ok) throw new Error(`${label} : ${first.error.message}`);
  for (let i = 0; i < WARM_UP; i++) await router.dispatch(method, input);
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
const someActor = (database.sqlite.prepare('SELECT MAX(id) / 2 AS id FROM actor').get() as { id: number }).id;
const actorCount = (database.sqlite.prepare('SELECT COUNT(*) AS n FROM actor').get() as { n: number }).n;

await measure(
  'Page filtrée et triée (rôle + service, tri par commune, 100 lignes)',
  'actors.list',
  {
    roles: ['operateur'],
    services: ['Aide aux démarches administratives'],
    sort: { field: 'commune', direction: 'asc' },
    limit: 100,
  },
  15,
);
await measure('Recherche « mediath » (100 lignes)', 'actors.list', { search: 'mediath' }, 15);
await measure('Recherche de deux mots « centre social »', 'actors.list', { search: 'centre social' }, 15);
await measure('Première page sans filtre (tri par nom)', 'actors.list', {}, 15);
await measure(
  'Tout l’annuaire trié par commune',
  'actors.list',
  { sort: { field: 'commune', direction: 'asc' } },
  15,
);
await measure(
  'Fraîcheur + 5 communes, tri par date de vérification',
  'actors.list',
  {
    freshness: ['over12', 'over18'],
    communeCodes: communes,
    sort: { field: 'lastVerifiedOn', direction: 'desc' },
  },
  15,
);
const lastOffset = Math.max(0, actorCount - 100);
await measure(
  `Dernière page (décalage ${lastOffset.toLocaleString('fr-FR')}, tri par nom)`,
  'actors.list',
  { offset: lastOffset, limit: 100 },
  15,
);
await measure('Fiche complète d’un acteur (avec lecture des horaires)', 'actors.get', { id: someActor });

await database.close();
rows.push({
  label: 'Mémoire maximale des requêtes (maxRSS)',
  value: `${Math.round(process.resourceUsage().maxRSS / 1024)} Mo`,
});
process.send?.(rows);

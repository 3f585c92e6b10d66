import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import { openDatabase } from '../../electron/backend/db/open';
import { ACTOR_TAG_FIELDS, PLACE_TAG_FIELDS, tagRows } from '../../electron/backend/actors/tags';
import type { ActorValues } from '../../shared/actors/schemas';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import { seedTerritory } from '../integration/support/seedTerritory';
import { importCommunes, importFile } from './importCsv';
import { median, type BenchRow } from './measure';

/**
 * Importing a 20,000-row standard CSV: (a) through the real engine, as the wizard does it (`import.preview`,
 * then `import.start`, then `import.progress` until the job is done: decoding, parsing, validation, plan,
 * backup, one transaction); (b) the same rows written raw with prepared statements, the floor to compare.
 * Each run on a new file with the territory already chosen; medians of `RUNS` runs.
 */

const ROWS = 20_000;
const RUNS = 3;
const TODAY = '2026-04-05';
const NOW = `${TODAY}T10:00:00.000Z`;

async function call<M extends ApiMethod>(backend: Backend, method: M, input: ApiInput<M>) {
  const result = await backend.router.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.data as ApiOutput<M>;
}

const count = (sqlite: Database.Database, table: string) =>
  (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** One import through the router; answers the time of the preview and of the whole. */
async function importOnce(path: string, request: ApiInput<'import.start'>) {
  const backend = createBackend({ databasePath: path, clock: frozenClock(NOW) });
  seedTerritory(backend.ctx.sqlite, importCommunes());
  try {
    const start = performance.now();
    const preview = await call(backend, 'import.preview', request);
    const previewed = performance.now();
    let job = await call(backend, 'import.start', request);
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = await call(backend, 'import.progress', { jobId: job.jobId });
    }
    const end = performance.now();
    if (job.state !== 'done') throw new Error(`Import ${job.state} : ${job.error ?? ''}`);
    const actors = count(backend.ctx.sqlite, 'actor');
    if (actors !== preview.counts.create || actors !== ROWS)
      throw new Error(`Import incomplet : ${actors} acteurs pour ${ROWS} lignes.`);
    return { preview: previewed - start, total: end - start, warnings: preview.warnings.length };
  } finally {
    await backend.close();
  }
}

/** The same rows straight into the tables: one transaction of prepared statements. */
function rawOnce(path: string, values: ActorValues[]): number {
  const opened = openDatabase(path);
  const { sqlite } = opened;
  seedTerritory(sqlite, importCommunes());
  try {
    const start = performance.now();
    const actor = sqlite.prepare(
      `INSERT INTO actor (name, name_key, search_text, siret, address, postcode, commune_code, latitude,
         longitude, notes, last_verified_on, source, external_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Banc d’essai', ?, ?, ?)`,
    );
    const place = sqlite.prepare(
      `INSERT INTO place (actor_id, position, name, address, postcode, commune_code, latitude, longitude,
         opening_hours, phone, email, source, external_id)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Banc d’essai', ?)`,
    );
    const actorTag = sqlite.prepare('INSERT INTO actor_tag (actor_id, kind, value) VALUES (?, ?, ?)');
    const placeTag = sqlite.prepare('INSERT INTO place_tag (place_id, kind, value) VALUES (?, ?, ?)');
    sqlite.transaction(() => {
      values.forEach((v, index) => {
        const p = v.places[0]!;
        const id = `bench-${index}`;
        const actorId = actor.run(
          v.name,
          v.name.toLowerCase(),
          v.name.toLowerCase(),
          v.siret,
          p.address,
          p.postcode,
          p.communeCode,
          p.latitude,
          p.longitude,
          v.notes,
          v.lastVerifiedOn,
          id,
          NOW,
          NOW,
        ).lastInsertRowid;
        for (const tag of tagRows(ACTOR_TAG_FIELDS, v)) actorTag.run(actorId, tag.kind, tag.value);
        const placeId = place.run(
          actorId,
          p.name,
          p.address,
          p.postcode,
          p.communeCode,
          p.latitude,
          p.longitude,
          p.openingHours,
          p.phone,
          p.email,
          id,
        ).lastInsertRowid;
        for (const tag of tagRows(PLACE_TAG_FIELDS, p)) placeTag.run(placeId, tag.kind, tag.value);
      });
    })();
    return performance.now() - start;
  } finally {
    sqlite.close();
  }
}

export async function importBench(dir: string): Promise<BenchRow[]> {
  const { values, csv } = importFile(ROWS, importCommunes(), TODAY);
  const request = {
    fileName: 'lieux-mediation-numerique.csv',
    contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    repair: false,
  };
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(join(dir, `import-${i}.sqlite`), request));
  const raw = Array.from({ length: RUNS }, (_, i) => rawOnce(join(dir, `brut-${i}.sqlite`), values));
  const rows = ROWS.toLocaleString('fr-FR');
  const megabytes = (Buffer.byteLength(csv) / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return [
    {
      label: `Import complet de ${rows} lignes CSV standard (${megabytes} Mo)`,
      ms: median(runs.map((run) => run.total)),
      targetMs: 2000,
    },
    { label: '  dont l’aperçu (import.preview)', ms: median(runs.map((run) => run.preview)) },
    { label: `Insertion brute des mêmes ${rows} lignes (comparaison)`, ms: median(raw), targetMs: 2000 },
  ];
}

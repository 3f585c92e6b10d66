import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { frozenClock } from '../../electron/backend/clock';
import type { ActorDto } from '../../shared/actors/dto';
import type { ExportFilters } from '../../shared/interop/exportDto';
import { readFilteredActors } from '../../electron/backend/actors/readFilteredActors';
import {
  exportRows,
  joinList,
  uniqueExternalIds,
  type ExportActor,
} from '../../electron/backend/interop/lieux-mediation/exportRows';
import type { PlaceSourceFields } from '../../electron/backend/interop/lieux-mediation/placeSourceFields';
import {
  standardCsvWriter,
  standardJsonWriter,
} from '../../electron/backend/interop/lieux-mediation/exportFormats';
import { useTempDir } from './support/tempDir';
import { callOk } from './support/callOk';
import { seedExportDirectory } from './support/exportDirectorySeed';

/**
 * The standard's files are read set-based for the export alone (`exportActorsRepository.ts`: one pass over
 * actors joined to their places, only the columns a row needs, each actor dropped once written). They must
 * say exactly what the whole records say, the records the directory screen, the annuaire and the Excel file
 * read (`readFilteredActors`): same rows, same order, same ids, same bytes. The reference here turns those
 * records into the same builder's input, field by field, as the export did before it had its own reader.
 */

const tempDir = useTempDir();
const backends: Backend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
});

function open(name: string): Backend {
  const backend = createBackend({
    databasePath: join(tempDir(), name),
    clock: frozenClock('2026-04-05T10:00:00Z'),
  });
  backends.push(backend);
  return backend;
}

/** What each place's file said of it, read with the query builder. */
async function sourceFields(backend: Backend): Promise<Map<number, PlaceSourceFields>> {
  const rows = await backend.ctx.db
    .selectFrom('place')
    .select([
      'id',
      'source',
      'externalId',
      'sourceUpdatedOn',
      'presentationSummary',
      'presentationDetail',
      'accessibilityUrl',
    ])
    .where('source', 'is not', null)
    .execute();
  return new Map(rows.map(({ id, source, ...fields }) => [id, { source: source!, ...fields }]));
}

/** A whole record as the standard's builder takes it. */
function fromRecord(actor: ActorDto, files: Map<number, PlaceSourceFields>): ExportActor {
  return {
    ...actor,
    lists: {
      typologie: joinList(actor.typologies),
      publics: joinList(actor.publics),
      supports: joinList(actor.specificSupports),
      programmes: joinList(actor.programmes),
      labels: joinList(actor.labels),
    },
    places: actor.places.map((place) => ({
      ...place,
      hoursStatus: place.openingHoursReading.status,
      lists: {
        services: joinList(place.services),
        accessModes: joinList(place.accessModes),
        accompanimentModes: joinList(place.accompanimentModes),
        fees: joinList(place.fees),
        itinerance: joinList(place.itinerance),
      },
      fromFile: files.get(place.id) ?? null,
    })),
  };
}

/** The standard's CSV, JSON and preview figures built from the whole records. */
async function fromRecords(backend: Backend, filters: ExportFilters) {
  const files = await sourceFields(backend);
  const actors = (await readFilteredActors(backend.ctx, filters)).map((actor) => fromRecord(actor, files));
  const externalIds = uniqueExternalIds({
    placeIds: actors.flatMap((actor) => actor.places.map((place) => place.id)),
    placelessActorIds: actors.filter((actor) => actor.places.length === 0).map((actor) => actor.id),
    externalIds: new Map(
      [...files].flatMap(([id, fields]) => (fields.externalId ? [[id, fields.externalId] as const] : [])),
    ),
  });
  const producer = (await callOk(backend, 'territory.get', {}))!.displayName;
  const csv = standardCsvWriter();
  const outcome = exportRows(actors, producer, csv.add, externalIds);
  const json = standardJsonWriter();
  exportRows(actors, producer, json.add, externalIds);
  return { csv: csv.text(), json: json.text(), outcome };
}

async function directory(): Promise<Backend> {
  const target = open('annuaire.sqlite');
  await seedExportDirectory(open('demo.sqlite'), target);
  return target;
}

describe('the standard files read for the export alone', () => {
  it.each<[string, ExportFilters, number]>([
    ['the whole directory', {}, 20],
    ['a search and a commune', { search: 'e', communeCodes: ['86078'] }, 2],
    ['a typology', { typologies: ['ASSO'] }, 2],
  ])('say what the whole records say: %s', async (_, filters, atLeast) => {
    const backend = await directory();
    const expected = await fromRecords(backend, filters);
    expect(expected.outcome.rowCount).toBeGreaterThan(atLeast);
    expect(expected.outcome.excluded.length + expected.outcome.warnings.length).toBeGreaterThan(0);

    const csv = await callOk(backend, 'export.file', { format: 'standardCsv', filters });
    const json = await callOk(backend, 'export.file', { format: 'standardJson', filters });
    const preview = await callOk(backend, 'export.preview', { filters });
    expect(csv.content).toBe(expected.csv);
    expect(json.content).toBe(expected.json);
    expect(csv.rowCount).toBe(expected.outcome.rowCount);
    expect(preview.actorCount).toBe(expected.outcome.actorCount);
    expect(preview.excluded).toEqual(expected.outcome.excluded);
    expect(preview.warnings).toEqual(expected.outcome.warnings);
  });

  it('keeps the edges of the seeded directory in the file', async () => {
    const backend = await directory();
    const csv = (await callOk(backend, 'export.file', { format: 'standardCsv', filters: {} })).content;
    const ids = backend.ctx.sqlite
      .prepare("SELECT name, id FROM place WHERE name IN ('Premier', 'Second', 'Troisième')")
      .all() as { name: string; id: number }[];
    const id = Object.fromEntries(ids.map((row) => [row.name, row.id]));
    const lines = csv.split('\r\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start));
    // The record's order (positions), the shared file's id left, the clashing one given up.
    expect(lineOf(`maillage-lieu-${id.Troisième},`)).toBeGreaterThan(0);
    expect(lineOf(`maillage-lieu-${id.Troisième},`)).toBeLessThan(lineOf(`maillage-lieu-${id.Premier},`));
    expect(lineOf(`maillage-lieu-${id.Premier},`)).toBeLessThan(lineOf(`maillage-lieu-${id.Second},`));
    expect(csv).not.toContain('doublon-1');
    expect(csv).not.toContain('Acteur mis à la corbeille');
    expect(csv).toContain('"Résumé, avec « guillemets »."');
  });
});

import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DataStore } from '../db/dataStore';
import type { DB } from '../db/schema';
import type { ActorValues } from '../../../shared/actors/schemas';
import { facetsOf } from './tags';
import { bulkFacetWriter } from './facetRepository';
import { deferSearchIndex } from './bulkSearchIndex';
import { deferIndexes } from './bulkIndexes';
import { checkCommunes, territoryCommunesByCode } from './territoryRules';
import { actorColumns, permanenceColumns, placeColumns } from './writeActor';

/**
 * Creating many actors inside the caller's transaction (the import): the same rows as `createActor`
 * writes, through statements prepared once on the app's connection instead of a few queries per actor
 * built anew by Kysely. The territory's communes are read once; each record is checked against them.
 */

export interface BulkCreateOptions {
  now: string;
  /** Where the record comes from (a file's source and id): set on the actor and on its first place. */
  source: string | null;
  externalId: string | null;
  /** What the file says of its first place that no form edits (migration 010); none when absent. */
  placeFromFile?: {
    sourceUpdatedOn: string | null;
    presentationSummary: string | null;
    presentationDetail: string | null;
    accessibilityUrl: string | null;
  };
}

const NOTHING_FROM_FILE: Required<BulkCreateOptions>['placeFromFile'] = {
  sourceUpdatedOn: null,
  presentationSummary: null,
  presentationDetail: null,
  accessibilityUrl: null,
};

/**
 * Creates one actor and answers its id. Its facets (the index of the directory's filters) and its line of
 * the search index are gathered and written by `flush`, which the caller runs before anything else of its
 * transaction reads or updates an actor, and by `finish`, which it runs once, last, before its transaction
 * commits: it also puts back the search index's trigger, suspended meanwhile (`bulkSearchIndex.ts`). When
 * the directory holds no more actors than are coming, its secondary indexes are built again at the first
 * `flush` or at `finish` instead of row by row (`bulkIndexes.ts`).
 */
export type BulkCreate = ((values: ActorValues, options: BulkCreateOptions) => number) & {
  flush(): void;
  finish(): void;
};

const snake = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

type Row = Record<string, unknown>;

/** `INSERT INTO table (…) VALUES (…)` for the keys of `sample`; runs with a row of the same keys. */
function inserter(sqlite: Database.Database, table: string, sample: Row): (row: Row) => number {
  const keys = Object.keys(sample);
  const statement = sqlite.prepare(
    `INSERT INTO ${table} (${keys.map(snake).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
  );
  return (row) => Number(statement.run(keys.map((key) => row[key] ?? null)).lastInsertRowid);
}

/**
 * A writer for `db`'s open transaction (`store.sqlite` is its connection), for `comingActors` new actors.
 * Refuses at once, as `createActor` does, when no territory is chosen.
 */
export async function bulkActorCreator(
  db: Kysely<DB>,
  { sqlite }: Pick<DataStore, 'sqlite'>,
  comingActors: number,
): Promise<BulkCreate> {
  const communes = await territoryCommunesByCode(db);
  const facets = bulkFacetWriter({ sqlite });
  const searchIndex = deferSearchIndex(sqlite);
  const indexes = deferIndexes(sqlite, comingActors);
  let insertActor: ((row: Row) => number) | null = null;
  let insertPlace: ((row: Row) => number) | null = null;
  let insertContact: ((row: Row) => number) | null = null;
  let insertPermanence: ((row: Row) => number) | null = null;

  const create = (values: ActorValues, options: BulkCreateOptions): number => {
    checkCommunes(values, communes);
    const origin = { source: options.source, externalId: options.externalId };
    const actor: Row = {
      ...actorColumns(values, communes),
      ...origin,
      createdAt: options.now,
      updatedAt: options.now,
    };
    insertActor ??= inserter(sqlite, 'actor', actor);
    const actorId = insertActor(actor);
    searchIndex.add(actorId);
    facets.add(actorId, facetsOf(values, values.places));
    values.contacts.forEach((contact, position) => {
      const row: Row = { actorId, position, ...contact };
      insertContact ??= inserter(sqlite, 'contact', row);
      insertContact(row);
    });
    values.places.forEach((place, position) => {
      const row: Row = {
        actorId,
        ...placeColumns(place, position, communes),
        ...(position === 0
          ? { ...origin, ...(options.placeFromFile ?? NOTHING_FROM_FILE) }
          : { source: null, externalId: null, ...NOTHING_FROM_FILE }),
      };
      insertPlace ??= inserter(sqlite, 'place', row);
      const placeId = insertPlace(row);
      place.permanences.forEach((permanence, index) => {
        const permanenceRow: Row = { placeId, ...permanenceColumns(permanence, index) };
        insertPermanence ??= inserter(sqlite, 'permanence', permanenceRow);
        insertPermanence(permanenceRow);
      });
    });
    return actorId;
  };
  const flush = () => {
    facets.flush();
    searchIndex.flush();
    indexes.restore();
  };
  const finish = () => {
    facets.flush();
    searchIndex.restore();
    indexes.restore();
  };
  return Object.assign(create, { flush, finish });
}

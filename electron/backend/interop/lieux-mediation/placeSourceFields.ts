import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * What an imported place's file said of it and no form edits (`place.source`, `external_id` and the
 * columns of migration 010), read for the export so that it gives them back as they came. Places created
 * in Maillage have none of it and are not in the map.
 */

export interface PlaceSourceFields {
  /** The file's `source` (or the file's name when it had none). */
  source: string;
  externalId: string | null;
  /** The file's `date_maj`; null when the file gave none. */
  sourceUpdatedOn: string | null;
  presentationSummary: string | null;
  presentationDetail: string | null;
  accessibilityUrl: string | null;
}

export async function placeSourceFields(db: Kysely<DB>): Promise<Map<number, PlaceSourceFields>> {
  const rows = await db
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

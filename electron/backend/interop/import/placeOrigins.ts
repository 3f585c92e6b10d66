import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { PlaceOriginDto } from '../../../../shared/interop/placeOriginDto';

/** An actor's places that came from a file, with what the file said of them, in the places' order. */
export async function placeOriginsOf(db: Kysely<DB>, actorId: number): Promise<PlaceOriginDto[]> {
  const rows = await db
    .selectFrom('place')
    .select([
      'id',
      'name',
      'source',
      'externalId',
      'sourceUpdatedOn',
      'presentationSummary',
      'presentationDetail',
      'accessibilityUrl',
    ])
    .where('actorId', '=', actorId)
    .where('source', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map(({ id, name, source, ...fields }) => ({
    placeId: id,
    placeName: name,
    source: source!,
    ...fields,
  }));
}

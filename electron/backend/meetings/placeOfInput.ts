import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { MeetingPlaceDto } from '../../../shared/meetings/meetingsDto';
import { AppFailure } from '../../../shared/result';

/** The directory's places, named as the pickers and the documents show them. */

export interface PlaceColumns {
  placeId: number | null;
  placeLabel: string | null;
  placeAddress: string | null;
}

/** « 12 rue de la Gare, 86400 Civray » from the place's fields. */
export function addressOf(place: {
  address: string | null;
  postcode: string | null;
  communeName: string | null;
}): string | null {
  const town = [place.postcode, place.communeName].filter(Boolean).join(' ');
  const text = [place.address, town].filter(Boolean).join(', ');
  return text === '' ? null : text;
}

/** « Médiathèque (Mairie de Civray) », or the place's name alone when it is the actor's name. */
export function placeLabelOf(placeName: string, actorName: string): string {
  return placeName === actorName ? placeName : `${placeName} (${actorName})`;
}

/** The place columns of a meeting or series: a directory place is read from the directory and copied. */
export async function placeColumnsOf(
  db: Kysely<DB>,
  place: { placeId: number | null; label: string | null; address: string | null } | null,
): Promise<PlaceColumns> {
  if (!place) return { placeId: null, placeLabel: null, placeAddress: null };
  if (place.placeId === null) return { placeId: null, placeLabel: place.label, placeAddress: place.address };
  const row = await db
    .selectFrom('place as p')
    .innerJoin('actor as a', 'a.id', 'p.actorId')
    .leftJoin('territoryCommune as c', 'c.code', 'p.communeCode')
    .select(['p.id', 'p.name', 'p.address', 'p.postcode', 'c.name as communeName', 'a.name as actorName'])
    .where('p.id', '=', place.placeId)
    .executeTakeFirst();
  if (!row)
    throw new AppFailure('not_found', 'Ce lieu n’est plus dans l’annuaire\u00a0: choisissez-en un autre.');
  return { placeId: row.id, placeLabel: placeLabelOf(row.name, row.actorName), placeAddress: addressOf(row) };
}

export const placeDtoOf = (columns: PlaceColumns): MeetingPlaceDto | null =>
  columns.placeLabel === null
    ? null
    : { placeId: columns.placeId, label: columns.placeLabel, address: columns.placeAddress };

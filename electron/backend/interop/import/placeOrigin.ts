import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * What a place's source file says that Maillage's forms do not edit (migration 010): the file's own
 * `date_maj`, the presentations and the Accès libre page. Written by the import on the place a row fills,
 * read back by the export, so that they go through Maillage unchanged. A row that updates its place
 * replaces them: an empty cell empties them, as the file says; a column the file lacks keeps them.
 */

export interface PlaceOrigin {
  sourceUpdatedOn: string | null;
  presentationSummary: string | null;
  presentationDetail: string | null;
  accessibilityUrl: string | null;
}

export const NO_ORIGIN: PlaceOrigin = {
  sourceUpdatedOn: null,
  presentationSummary: null,
  presentationDetail: null,
  accessibilityUrl: null,
};

export async function writePlaceOrigin(
  trx: Transaction<DB>,
  placeId: number,
  origin: PlaceOrigin,
): Promise<void> {
  await trx.updateTable('place').set(origin).where('id', '=', placeId).execute();
}

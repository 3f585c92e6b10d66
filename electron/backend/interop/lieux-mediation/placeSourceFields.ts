/**
 * What an imported place's file said of it and no form edits (`place.source`, `external_id` and the
 * columns of migration 010), read for the export so that it gives them back as they came
 * (`exportActorsRepository.ts`). Places created in Maillage have none of it.
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

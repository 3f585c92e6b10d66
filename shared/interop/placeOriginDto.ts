/**
 * What an imported place's file said of it that no form edits, shown read-only on the actor's record
 * (« Ce que dit le fichier d’origine ») and given back by the export: its source and id in that file, its
 * `date_maj`, presentations and Accès libre page. Places created in Maillage have none and are not listed.
 */
export interface PlaceOriginDto {
  placeId: number;
  placeName: string;
  /** The file's `source` (or the file's name when it had no `source` column). */
  source: string;
  externalId: string | null;
  /** The file's `date_maj` (ISO date), null when it gave none. */
  sourceUpdatedOn: string | null;
  presentationSummary: string | null;
  presentationDetail: string | null;
  accessibilityUrl: string | null;
}

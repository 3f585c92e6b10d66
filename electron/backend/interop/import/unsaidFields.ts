import type { ColumnMapping, ImportField } from '../../../../shared/interop/importFields';
import type { SourceRecord } from '../lieux-mediation/readTable';

/**
 * The place's fields a row says nothing of: no column of the file fills them (a column deleted from an
 * export, a spreadsheet without opening hours). A row that updates a stored place keeps the stored value
 * of such a field instead of emptying it: a file never erases what it does not say.
 */

const PLACE_FIELD_COLUMNS = {
  address: ['address'],
  addressComplement: ['addressComplement'],
  postcode: ['postcode'],
  latitude: ['latitude', 'longitude'],
  longitude: ['latitude', 'longitude'],
  services: ['services'],
  accessModes: ['accessModes'],
  accompanimentModes: ['accompanimentModes'],
  fees: ['fees'],
  itinerance: ['itinerance'],
  openingHours: ['openingHours'],
  phone: ['phone'],
  email: ['email'],
  bookingUrl: ['bookingUrl'],
  sourceUpdatedOn: ['updatedOn'],
  presentationSummary: ['summary'],
  presentationDetail: ['detail'],
  accessibilityUrl: ['accessibilityUrl'],
} as const satisfies Record<string, readonly ImportField[]>;

/** A place's field (or a field of what its file says of it, `PlaceOrigin`) that a row may not say. */
export type UnsaidField = keyof typeof PLACE_FIELD_COLUMNS;

/** How the report names each field, in a list (« horaires, téléphone »); coordinates go as one. */
const UNSAID_LABELS: Record<UnsaidField, string> = {
  address: 'adresse',
  addressComplement: 'complément d’adresse',
  postcode: 'code postal',
  latitude: 'coordonnées',
  longitude: 'coordonnées',
  services: 'services',
  accessModes: 'modalités d’accès',
  accompanimentModes: 'modalités d’accompagnement',
  fees: 'frais à charge',
  itinerance: 'itinérance',
  openingHours: 'horaires',
  phone: 'téléphone',
  email: 'courriel',
  bookingUrl: 'prise de rendez-vous',
  sourceUpdatedOn: 'date de mise à jour',
  presentationSummary: 'présentation résumée',
  presentationDetail: 'présentation détaillée',
  accessibilityUrl: 'fiche Accès libre',
};

/** The fields' names for the report, once each, in the standard's order. */
export function unsaidLabels(fields: Iterable<UnsaidField>): string[] {
  const given = new Set(fields);
  return [...new Set(FIELDS.filter((field) => given.has(field)).map((field) => UNSAID_LABELS[field]))];
}

const FIELDS = Object.keys(PLACE_FIELD_COLUMNS) as UnsaidField[];

/** The fields whose columns are missing from the row's record (none for a complete file). */
export function unsaidFields(record: SourceRecord, mapping: ColumnMapping): UnsaidField[] {
  const said = (field: ImportField) => {
    const header = mapping[field];
    return header !== undefined && record.values[header] !== undefined;
  };
  return FIELDS.filter((field) => !PLACE_FIELD_COLUMNS[field].every(said));
}

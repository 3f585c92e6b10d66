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

const FIELDS = Object.keys(PLACE_FIELD_COLUMNS) as UnsaidField[];

/** The fields whose columns are missing from the row's record (none for a complete file). */
export function unsaidFields(record: SourceRecord, mapping: ColumnMapping): UnsaidField[] {
  const said = (field: ImportField) => {
    const header = mapping[field];
    return header !== undefined && record.values[header] !== undefined;
  };
  return FIELDS.filter((field) => !PLACE_FIELD_COLUMNS[field].every(said));
}

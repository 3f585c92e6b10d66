import type { ColumnMapping } from '../../../../shared/interop/importFields';
import { postcodeOf } from '../import/communeKey';
import { joinHouseNumber, readPostalTail } from './addressParts';
import { degreesOf, numberOfCell, readCoordinatePair, type Degrees } from './coordinateCells';
import type { SourceRecord } from './readTable';

/**
 * The fields the rows are imported from, read out of the columns producer files really have: the house
 * number joined to the street, the postcode and commune read at the end of the address when their own
 * columns are missing or empty (the street is then kept without them), and the latitude and longitude of
 * one « lat, lon » cell or of Lambert-93 x/y columns. Each record is copied, never changed; the mapping
 * answered names where the import reads each field: a column of the file, or « Adresse (code postal) »,
 * « Geo Point (longitude) » for what was read inside another column (so a warning names where it comes from).
 */

/** Where the import reads each field, and each record as it reads it. */
export interface ColumnDeriver {
  /** The mapping the rows are read with (the user's, plus the columns made here). */
  mapping: ColumnMapping;
  /** The record with the values read inside other columns (the record itself when none is). */
  derive(record: SourceRecord): SourceRecord;
}

/** A header for a value read inside a column, unlike any of the file's own. */
function madeHeader(base: string, what: string, taken: ReadonlySet<string>): string {
  let header = `${base} (${what})`;
  for (let n = 2; taken.has(header); n++) header = `${base} (${what} ${n})`;
  return header;
}

export function columnDeriver(headers: readonly string[], mapping: ColumnMapping): ColumnDeriver {
  const taken = new Set(headers);
  const effective: ColumnMapping = { ...mapping };
  const { address, coordinates, lambertX, lambertY } = mapping;
  const hasLatLon = mapping.latitude !== undefined && mapping.longitude !== undefined;
  const hasLambert = lambertX !== undefined && lambertY !== undefined;

  if (address !== undefined) {
    effective.postcode ??= madeHeader(address, 'code postal', taken);
    effective.communeName ??= madeHeader(address, 'commune', taken);
  }
  if (!hasLatLon) {
    if (hasLambert) {
      effective.latitude = lambertY;
      effective.longitude = lambertX;
    } else if (coordinates !== undefined) {
      effective.latitude = coordinates;
      effective.longitude = madeHeader(coordinates, 'longitude', taken);
    }
  }
  return {
    mapping: effective,
    derive: (record) => {
      const values = deriveValues(record.values, headers, mapping, effective);
      return values === record.values ? record : { ...record, values };
    },
  };
}

function deriveValues(
  source: Readonly<Record<string, string>>,
  headers: readonly string[],
  mapping: ColumnMapping,
  effective: ColumnMapping,
): Readonly<Record<string, string>> {
  // Only what changes is written; the row is copied once at the end, if at all.
  const changes: Record<string, string> = {};
  const cell = (header: string | undefined) =>
    header ? (changes[header] ?? source[header] ?? '').trim() : '';

  const { address } = mapping;
  if (address !== undefined) {
    if (mapping.houseNumber !== undefined)
      changes[address] = joinHouseNumber(cell(mapping.houseNumber), cell(address));
    const tail = readPostalTail(cell(address));
    if (tail) {
      const postcodeHeader = effective.postcode!;
      const communeHeader = effective.communeName!;
      if (!cell(postcodeHeader)) changes[postcodeHeader] = tail.postcode;
      if (!cell(communeHeader) && tail.communeName) changes[communeHeader] = tail.communeName;
      // The street alone, when the postcode read is the row's: the export writes them in their own columns.
      if (postcodeOf(cell(postcodeHeader)) === tail.postcode) changes[address] = tail.street;
    }
  }

  const latitudeHeader = effective.latitude;
  const longitudeHeader = effective.longitude;
  if (latitudeHeader === undefined || longitudeHeader === undefined)
    return withChanges(source, changes, headers);
  const put = (latitude: string, longitude: string) => {
    changes[latitudeHeader] = latitude;
    changes[longitudeHeader] = longitude;
  };
  const latitude = cell(mapping.latitude);
  const longitude = cell(mapping.longitude);
  if (latitude || longitude) {
    // Latitude and longitude columns holding Lambert-93 metres (a GIS export named them so).
    const first = numberOfCell(latitude);
    const second = numberOfCell(longitude);
    if (first !== null && second !== null) put(...pair(degreesOf(first, second)));
    return withChanges(source, changes, headers);
  }
  const x = cell(mapping.lambertX);
  const y = cell(mapping.lambertY);
  if (x || y) {
    const xValue = numberOfCell(x);
    const yValue = numberOfCell(y);
    // Kept as written when unreadable: the row then says « Coordonnées illisibles » on its line.
    if (xValue === null || yValue === null) put(y, x);
    else put(...pair(degreesOf(yValue, xValue)));
    return withChanges(source, changes, headers);
  }
  const both = cell(mapping.coordinates);
  if (both) {
    const read = readCoordinatePair(both);
    if (read) put(...pair(read));
    else put(both, '');
  }
  return withChanges(source, changes, headers);
}

/**
 * The row's values with the changes, or the row's own object when nothing changed (it is only read). Copied
 * header by header, in the file's order: several times faster than a spread of these wide rows.
 */
function withChanges(
  source: Readonly<Record<string, string>>,
  changes: Record<string, string>,
  headers: readonly string[],
): Readonly<Record<string, string>> {
  let changed = false;
  for (const header in changes) if (changes[header] !== source[header]) changed = true;
  if (!changed) return source;
  const values: Record<string, string> = {};
  for (const header of headers) {
    const value = source[header];
    if (value !== undefined) values[header] = value;
  }
  return Object.assign(values, changes);
}

const pair = (degrees: Degrees): [string, string] => [String(degrees.latitude), String(degrees.longitude)];

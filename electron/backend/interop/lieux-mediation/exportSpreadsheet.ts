import type { Cell, SheetData } from 'write-excel-file/node';
import type { ActorDto, PlaceDto } from '../../../../shared/actors/dto';
import { formatPhone } from '../../../../shared/format/phone';
import { formatSiret } from '../../../../shared/format/siren';
import { ACTOR_ROLES } from '../../../../shared/vocabularies/actorRoles';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { withTypographicApostrophes } from '../../../../shared/format/apostrophes';

/**
 * The directory as an Excel workbook (.xlsx) for a coordinator's own tables: one line per place, or one for an
 * actor without one, French headers in the first row (frozen), values as the record reads them (phones
 * « 04 92 54 10 14 », hours in words, the SIRET « 812 345 678 00093 »). A workbook, not a CSV: a CSV opened in
 * Excel loses the leading zero of a postcode or an INSEE code (« 01000 » → 1000) and shows a SIRET as
 * « 8,12346E+13 »; here every cell says what it is: text for codes, numbers for coordinates, a date for the
 * last verification. A text cell is never a formula, whatever it starts with.
 */

type Kind = 'text' | 'number' | 'date';

/** French headers, in the order a coordinator reads a record, with each column's kind and width. */
const COLUMNS: readonly { header: string; kind: Kind; width: number }[] = [
  { header: 'Acteur', kind: 'text', width: 44 },
  { header: 'Lieu', kind: 'text', width: 36 },
  { header: 'SIRET', kind: 'text', width: 19 },
  { header: 'Typologies', kind: 'text', width: 24 },
  { header: 'Rôles', kind: 'text', width: 20 },
  { header: 'Adresse', kind: 'text', width: 30 },
  { header: 'Complément d’adresse', kind: 'text', width: 20 },
  { header: 'Code postal', kind: 'text', width: 12 },
  { header: 'Commune', kind: 'text', width: 22 },
  { header: 'Code INSEE', kind: 'text', width: 12 },
  { header: 'Latitude', kind: 'number', width: 11 },
  { header: 'Longitude', kind: 'number', width: 11 },
  { header: 'Téléphone', kind: 'text', width: 16 },
  { header: 'Courriel', kind: 'text', width: 28 },
  { header: 'Site web', kind: 'text', width: 28 },
  { header: 'Horaires', kind: 'text', width: 40 },
  { header: 'Services', kind: 'text', width: 40 },
  { header: 'Modalités d’accès', kind: 'text', width: 24 },
  { header: 'Modalités d’accompagnement', kind: 'text', width: 24 },
  { header: 'Frais', kind: 'text', width: 18 },
  { header: 'Itinérance', kind: 'text', width: 14 },
  { header: 'Publics', kind: 'text', width: 30 },
  { header: 'Prise en charge spécifique', kind: 'text', width: 24 },
  { header: 'Dispositifs', kind: 'text', width: 24 },
  { header: 'Formations et labels', kind: 'text', width: 24 },
  { header: 'Dernière vérification', kind: 'date', width: 14 },
];

/** A line's values: text, a number, an ISO date (`YYYY-MM-DD`), or null for an empty cell. */
export type SpreadsheetValue = string | number | null;

/**
 * Values joined as the record shows them: the standard's vocabularies write a straight apostrophe (« Ce lieu
 * n'accueille pas de public »), which the workbook, read by people, makes typographic as the screens do.
 */
const joined = (values: readonly (string | null)[]): string =>
  withTypographicApostrophes([...new Set(values.filter((value): value is string => !!value))].join(', '));

/**
 * The hours as the actor's record reads them, on one line: « Du lundi au vendredi : 9 h – 12 h ; samedi :
 * 10 h – 12 h ». Hours that cannot be read are written as stored, as the record shows them. (The standard's
 * files keep the OpenStreetMap syntax, which the standard requires.)
 */
function hoursText(place: PlaceDto | null): string {
  if (!place?.openingHours) return '';
  const reading = place.openingHoursReading;
  if (reading.status !== 'valid') return place.openingHours;
  return reading.lines
    .map((line, i) => (i === 0 ? line : line.charAt(0).toLocaleLowerCase('fr') + line.slice(1)))
    .join('\u00a0; ');
}

/** Every actor, exportable to the standard or not: one line per place, or one for an actor without one. */
export function spreadsheetLines(actors: readonly ActorDto[]): SpreadsheetValue[][] {
  return actors.flatMap((actor) => {
    const places = actor.places.length > 0 ? actor.places : [null];
    return places.map((place) => {
      const where = place && (place.address !== null || place.communeCode !== null) ? place : actor;
      return [
        actor.name,
        place?.name ?? '',
        actor.siret === null ? '' : formatSiret(actor.siret),
        joined(actor.typologies.map(typologyLabel)),
        joined(actor.roles.map((role) => ACTOR_ROLES[role])),
        where.address ?? '',
        where.addressComplement ?? '',
        where.postcode ?? '',
        where.communeName ?? '',
        where.communeCode ?? '',
        where.latitude,
        where.longitude,
        formatPhone(place?.phone),
        place?.email ?? '',
        actor.website ?? '',
        hoursText(place),
        joined(place?.services ?? []),
        joined(place?.accessModes ?? []),
        joined(place?.accompanimentModes ?? []),
        joined(place?.fees ?? []),
        joined(place?.itinerance ?? []),
        joined(actor.publics),
        joined(actor.specificSupports),
        joined(actor.programmes),
        joined([...actor.labels, actor.otherLabels]),
        actor.lastVerifiedOn,
      ];
    });
  });
}

function cellOf(value: SpreadsheetValue, kind: Kind): Cell {
  if (value === null || value === '') return null;
  if (kind === 'number') return { value: Number(value), type: Number, format: '0.0000##' };
  if (kind === 'date')
    return { value: new Date(`${String(value)}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' };
  return { value: String(value), type: String };
}

/** The workbook's bytes. write-excel-file is loaded on the first export only (the engine starts without it). */
export async function directorySpreadsheet(actors: readonly ActorDto[]): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const data: SheetData = [
    COLUMNS.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
    ...spreadsheetLines(actors).map((line) =>
      line.map((value, index) => cellOf(value, COLUMNS[index]!.kind)),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: 'Annuaire',
    stickyRowsCount: 1,
    columns: COLUMNS.map((column) => ({ width: column.width })),
  }).toBuffer();
}

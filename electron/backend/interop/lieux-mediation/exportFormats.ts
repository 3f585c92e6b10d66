import type { ActorDto, PlaceDto } from '../../../../shared/actors/dto';
import { formatPhone } from '../../../../shared/format/phone';
import { formatSiret } from '../../../../shared/format/siren';
import { ACTOR_ROLES } from '../../../../shared/vocabularies/actorRoles';
import { typologyLabel } from '../../../../shared/vocabularies/typologies';
import { normalizeForSearch } from '../../../../shared/text/normalize';
import { csvText, csvWriter } from './exportCsv';
import type { RowSink } from './exportRows';
import { STANDARD_FIELDS, STANDARD_HEADER } from './schemaRules';

/**
 * The three files: the standard's CSV, the standard's JSON, and a CSV for Excel in French (values as the
 * screens read them: phones « 04 92 54 10 14 », hours in words, the SIRET « 812 345 678 00093 », which Excel
 * also keeps as text where it would show fourteen digits as « 8,12346E+13 »).
 *
 * JSON choice: an array of objects with the standard's field names in schema order; multi-valued fields
 * as arrays of strings (sorted, de-duplicated), latitude and longitude as numbers, empty values as null
 * (empty lists as []) — the shape of the ANCT library's JSON output, easy to read back without splitting.
 */

const MULTI_VALUED = new Set([
  'typologie',
  'courriels',
  'site_web',
  'itinerance',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
]);

/**
 * The standard's CSV, written row by row as `exportRows` hands them over: `add` is the sink, `text` the file.
 */
export function standardCsvWriter(): { add: RowSink; text: () => string } {
  const writer = csvWriter(STANDARD_HEADER);
  return { add: writer.add, text: writer.text };
}

/** How each field is written in the JSON: its key, and its kind of value. */
const JSON_FIELDS = STANDARD_FIELDS.map((field) => ({
  key: `    ${JSON.stringify(field.name)}: `,
  kind: MULTI_VALUED.has(field.name) ? 'list' : field.type === 'number' ? 'number' : 'text',
}));

/** One cell's value as `JSON.stringify(…, null, 2)` writes it inside an object of the top array. */
function jsonValue(kind: string, value: string): string {
  if (value === '') return kind === 'list' ? '[]' : 'null';
  if (kind === 'number') return JSON.stringify(Number(value));
  if (kind === 'text') return JSON.stringify(value);
  return `[\n${value
    .split('|')
    .map((item) => `      ${JSON.stringify(item)}`)
    .join(',\n')}\n    ]`;
}

/**
 * The standard's JSON, one object per row as `exportRows` hands them over, written as text exactly as
 * `JSON.stringify(objects, null, 2)` would write those objects, without building them (35 MB for a whole
 * directory).
 */
export function standardJsonWriter(): { add: RowSink; text: () => string } {
  const objects: string[] = [];
  const add: RowSink = (cells) => {
    let object = '  {\n';
    for (let i = 0; i < JSON_FIELDS.length; i++) {
      const { key, kind } = JSON_FIELDS[i]!;
      object += `${i === 0 ? '' : ',\n'}${key}${jsonValue(kind, cells[i]!)}`;
    }
    objects.push(`${object}\n  }`);
  };
  return { add, text: () => (objects.length === 0 ? '[]\n' : `[\n${objects.join(',\n')}\n]\n`) };
}

const joined = (values: readonly (string | null)[]): string =>
  [...new Set(values.filter((value): value is string => !!value))].join(', ');
const decimal = (value: number | null): string => (value === null ? '' : String(value).replace('.', ','));

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

/** French headers, in the order a coordinator reads a record. */
export const EXCEL_HEADER = [
  'Acteur',
  'Lieu',
  'SIRET',
  'Typologies',
  'Rôles',
  'Adresse',
  'Complément d’adresse',
  'Code postal',
  'Commune',
  'Code INSEE',
  'Latitude',
  'Longitude',
  'Téléphone',
  'Courriel',
  'Site web',
  'Horaires',
  'Services',
  'Modalités d’accès',
  'Modalités d’accompagnement',
  'Frais',
  'Itinérance',
  'Publics',
  'Prise en charge spécifique',
  'Dispositifs',
  'Formations et labels',
  'Dernière vérification',
] as const;

/** Every actor, exportable to the standard or not: one line per place, or one for an actor without one. */
export function excelCsv(actors: readonly ActorDto[]): string {
  const lines = actors.flatMap((actor) => {
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
        decimal(where.latitude),
        decimal(where.longitude),
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
        actor.lastVerifiedOn ?? '',
      ];
    });
  });
  return `\uFEFF${csvText(EXCEL_HEADER, lines, ';')}`;
}

/** `YYYY-MM-DD_<SIREN ou SIRET du producteur, ou nom>_lieux-de-mediation-numerique_<territoire sans accents>`. */
export function standardFileBase(today: string, producer: string, territory: string): string {
  const compact = (text: string) =>
    normalizeForSearch(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join('');
  const producerPart = /^\d{9}(\d{5})?$/.test(producer) ? producer : compact(producer);
  return `${today}_${producerPart}_lieux-de-mediation-numerique_${compact(territory)}`;
}

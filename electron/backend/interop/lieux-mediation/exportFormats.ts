import { normalizeForSearch } from '../../../../shared/text/normalize';
import { csvWriter } from './exportCsv';
import type { RowSink } from './exportRows';
import { STANDARD_FIELDS, STANDARD_HEADER } from './schemaRules';

/**
 * The standard's two files, CSV and JSON (the third, the workbook for Excel, is `exportSpreadsheet.ts`).
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

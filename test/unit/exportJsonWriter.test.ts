import { describe, expect, it } from 'vitest';
import { standardJsonWriter } from '../../electron/backend/interop/lieux-mediation/exportFormats';
import { STANDARD_FIELDS } from '../../electron/backend/interop/lieux-mediation/schemaRules';

/**
 * The standard's JSON is written as text, row by row, without building the objects: it must be exactly what
 * `JSON.stringify(objects, null, 2)` writes for the objects the format describes (lists as arrays, numbers
 * as numbers, empty values as null or []).
 */

/** The multi-valued fields, as the format's description lists them. */
const LISTS = new Set([
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

/** The object the format describes for one row's cells (the reference, built the obvious way). */
function objectOf(cells: readonly string[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  STANDARD_FIELDS.forEach((field, i) => {
    const value = cells[i]!;
    if (LISTS.has(field.name)) object[field.name] = value === '' ? [] : value.split('|');
    else if (field.type === 'number') object[field.name] = value === '' ? null : Number(value);
    else object[field.name] = value === '' ? null : value;
  });
  return object;
}

const samples = [
  '',
  'Médiathèque « Le Lien »',
  'a "quoted" \\ back\\slash',
  'line\r\nbreak\ttab',
  'Aide aux démarches administratives|Loisirs et créations numériques',
  'a||b|',
  '46.15',
  '-0.5',
  'pas un nombre',
  '1e21',
  '\u2028\u0001😀',
];

function rows(count: number): string[][] {
  return Array.from({ length: count }, (_, row) =>
    STANDARD_FIELDS.map((_, column) => samples[(row * 7 + column * 3) % samples.length]!),
  );
}

describe('the standard JSON written as text', () => {
  it('is what JSON.stringify writes for the same objects', () => {
    const all = rows(40);
    const writer = standardJsonWriter();
    for (const cells of all) writer.add(cells);
    expect(writer.text()).toBe(`${JSON.stringify(all.map(objectOf), null, 2)}\n`);
  });

  it('writes an empty export as an empty array', () => {
    expect(standardJsonWriter().text()).toBe(`${JSON.stringify([], null, 2)}\n`);
  });
});

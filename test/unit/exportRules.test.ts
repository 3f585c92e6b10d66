import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkRow,
  STANDARD_FIELDS,
  STANDARD_HEADER,
  type StandardRow,
} from '../../electron/backend/interop/lieux-mediation/schemaRules';
import { internationalPhone, joinList } from '../../electron/backend/interop/lieux-mediation/exportRows';
import { csvCell, csvText } from '../../electron/backend/interop/lieux-mediation/exportCsv';
import { standardFileBase } from '../../electron/backend/interop/lieux-mediation/exportFormats';

interface SchemaField {
  name: string;
  type: string;
  constraints?: { required?: boolean; pattern?: string; maxLength?: number };
}
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/export/standard-v1.0.2-schema.json'), 'utf8'),
) as { fields: SchemaField[] };

const valid: StandardRow = {
  id: 'maillage-lieu-1',
  pivot: '78134562000014',
  nom: 'Espace numérique',
  commune: 'Civray',
  code_postal: '86400',
  adresse: '5 avenue de la Gare',
  date_maj: '2026-03-01',
};

describe('the rules of the standard v1.0.2', () => {
  it('are the rules of schema.json: same fields in the same order, same required set, patterns, lengths', () => {
    expect(STANDARD_HEADER).toEqual(schema.fields.map((field) => field.name));
    for (const [index, field] of schema.fields.entries()) {
      const rule = STANDARD_FIELDS[index]!;
      expect(rule.required, field.name).toBe(field.constraints?.required === true);
      expect(rule.type, field.name).toBe(field.type);
      expect(rule.maxLength, field.name).toBe(field.constraints?.maxLength);
      // The one documented difference: the 1.0.2 erratum « Étapes numériques(La Poste) ».
      expect(
        rule.pattern?.replace('Étapes numériques ?\\(La Poste\\)', 'Étapes numériques\\(La Poste\\)'),
        field.name,
      ).toBe(field.constraints?.pattern);
    }
  });

  it('accepts a row with the seven required values', () => {
    expect(checkRow(valid)).toEqual([]);
  });

  it.each(['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj'])('requires %s', (field) => {
    expect(checkRow({ ...valid, [field]: '' })).toEqual([{ field, kind: 'required' }]);
  });

  it('checks patterns as whole values, multi-valued lists included', () => {
    expect(checkRow({ ...valid, code_postal: '8640' })).toEqual([{ field: 'code_postal', kind: 'pattern' }]);
    expect(checkRow({ ...valid, pivot: '781 345 620 00014' })).toEqual([{ field: 'pivot', kind: 'pattern' }]);
    expect(checkRow({ ...valid, code_insee: '2A004' })).toEqual([]);
    expect(checkRow({ ...valid, code_insee: '20004' })).toEqual([{ field: 'code_insee', kind: 'pattern' }]);
    expect(
      checkRow({ ...valid, services: 'Aide aux démarches administratives|Loisirs et créations numériques' }),
    ).toEqual([]);
    // The schema's list patterns are anchored at the end only: a stray prefix must still be refused.
    expect(checkRow({ ...valid, frais_a_charge: 'Presque Gratuit' })).toEqual([
      { field: 'frais_a_charge', kind: 'pattern' },
    ]);
    expect(checkRow({ ...valid, itinerance: 'Itinérant|Fixe' })).toEqual([]);
    expect(checkRow({ ...valid, formations_labels: 'Étapes numériques (La Poste)' })).toEqual([]);
  });

  it('limits the short presentation to 280 characters and checks dates and numbers', () => {
    expect(checkRow({ ...valid, presentation_resume: 'é'.repeat(280) })).toEqual([]);
    expect(checkRow({ ...valid, presentation_resume: 'é'.repeat(281) })).toEqual([
      { field: 'presentation_resume', kind: 'maxLength' },
    ]);
    expect(checkRow({ ...valid, date_maj: '01/03/2026' })).toEqual([{ field: 'date_maj', kind: 'type' }]);
    expect(checkRow({ ...valid, latitude: '46,15' })).toEqual([{ field: 'latitude', kind: 'type' }]);
  });
});

describe('export values', () => {
  it('writes French phone numbers in the international form the standard wants', () => {
    expect(internationalPhone('05 36 49 13 00')).toBe('+33536491300');
    expect(internationalPhone('05.36.49.13.00')).toBe('+33536491300');
    expect(internationalPhone('+33 5 36 49 13 00')).toBe('+33536491300');
    expect(internationalPhone('+33 (0)5 36 49 13 00')).toBe('+33536491300');
    expect(internationalPhone('0033 5 36 49 13 00')).toBe('+33536491300');
    expect(internationalPhone('+262 262 12 34 56')).toBe('+262262123456');
    // The overseas departments dial in France's national plan but have their own country code.
    expect(internationalPhone('02 62 12 34 56')).toBe('+262262123456');
    expect(internationalPhone('06 93 12 34 56')).toBe('+262693123456');
    expect(internationalPhone('02 69 61 00 00')).toBe('+262269610000');
    expect(internationalPhone('05 90 81 00 00')).toBe('+590590810000');
    expect(internationalPhone('06 96 12 34 56')).toBe('+596696123456');
    expect(internationalPhone('05 94 29 00 00')).toBe('+594594290000');
    expect(internationalPhone('+33 2 62 12 34 56')).toBe('+262262123456');
    expect(internationalPhone('02 61 12 34 56')).toBe('+33261123456');
    expect(internationalPhone('3939')).toBeNull();
    expect(internationalPhone('+44 20 7946 0000')).toBeNull();
    expect(internationalPhone(null)).toBeNull();
  });

  it('sorts lists in French order, without repeats, joined with a pipe', () => {
    expect(joinList(['Seniors', 'Étudiants', 'Femmes', 'Seniors', '', null])).toBe(
      'Étudiants|Femmes|Seniors',
    );
    expect(joinList([])).toBe('');
  });

  it('escapes cells as RFC 4180 says', () => {
    expect(csvCell('simple', ',')).toBe('simple');
    expect(csvCell('a, b', ',')).toBe('"a, b"');
    expect(csvCell('a; b', ',')).toBe('a; b');
    expect(csvCell('a; b', ';')).toBe('"a; b"');
    expect(csvCell('dit "oui"', ',')).toBe('"dit ""oui"""');
    expect(csvCell('deux\nlignes', ',')).toBe('"deux\nlignes"');
    expect(csvText(['a', 'b'], [['1', '2,3']])).toBe('a,b\r\n1,"2,3"\r\n');
  });

  it('names the file as the standard recommends, without accents', () => {
    expect(standardFileBase('2026-04-05', 'CC du Civraisien en Poitou', 'CC du Civraisien en Poitou')).toBe(
      '2026-04-05_CcDuCivraisienEnPoitou_lieux-de-mediation-numerique_CcDuCivraisienEnPoitou',
    );
    expect(standardFileBase('2026-04-05', '200070035', 'CC du Civraisien en Poitou')).toBe(
      '2026-04-05_200070035_lieux-de-mediation-numerique_CcDuCivraisienEnPoitou',
    );
    expect(standardFileBase('2026-04-05', '24330031600011', 'Bordeaux Métropole')).toBe(
      '2026-04-05_24330031600011_lieux-de-mediation-numerique_BordeauxMetropole',
    );
  });
});

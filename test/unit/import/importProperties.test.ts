import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/backend/interop/csv/readCsv';
import { readTable, detectFormat } from '../../../electron/backend/interop/lieux-mediation/readTable';
import { guessMapping } from '../../../electron/backend/interop/lieux-mediation/readMapping';
import { rowToActor } from '../../../electron/backend/interop/import/rowToActor';
import { validateRow } from '../../../electron/backend/interop/import/validateRow';
import { decodeBytes } from '../../../electron/backend/interop/text/decode';
import { AppFailure } from '../../../shared/result';

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom('', '"', ';', ',', '\n', 'Ã©', '00000000000000', 'abc@', '12,5'),
);
const csvText = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.array(fc.array(cellText, { minLength: 1, maxLength: 8 }), { maxLength: 12 }),
  )
  .map(([sep, rows]) =>
    [
      ['id', 'nom', 'code_postal', 'commune', 'pivot', 'services', 'courriels', 'latitude', 'longitude'],
      ...rows,
    ]
      .map((row) =>
        row.map((cell) => (/["\n,;\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(sep),
      )
      .join('\n'),
  );

/**
 * A file is read, or refused with a French message (a JSON text cut short, `{"`…): never any other error.
 * Answers the table, or null when the file was refused.
 */
function readOrRefuse(text: string) {
  try {
    return readTable(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('invalid_input');
    expect((error as AppFailure).message).toMatch(/^Ce fichier .*Rien n’est importé/);
    return null;
  }
}

describe('reading any file never throws', () => {
  it('decodes and reads arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const table = readOrRefuse(decodeBytes(bytes).text);
        if (table) expect(Array.isArray(table.records)).toBe(true);
      }),
    );
  });

  it('refuses a JSON text cut short in French, whatever comes after its brace', () => {
    expect(readOrRefuse('{"')).toBeNull();
    expect(readOrRefuse('[{"nom": "Médiathèque"')).toBeNull();
  });

  it('maps and validates any CSV row, and every rejected row carries its line', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, fc.string({ maxLength: 300 })), (text) => {
        const csv = readCsv(text);
        for (const record of csv.records) expect(record.line).toBeGreaterThanOrEqual(2);
        const table = readOrRefuse(text);
        if (!table) return;
        const mapping = guessMapping(table.headers, table.records, detectFormat(table.headers));
        for (const record of table.records) {
          const row = rowToActor(record, mapping, 'fichier.csv');
          row.actor.communeCode = '51454';
          const checked = validateRow(row, mapping);
          if (!checked.ok) expect(checked.problem.line).toBe(record.line);
          else for (const warning of checked.warnings) expect(warning.line).toBe(record.line);
        }
      }),
      { numRuns: 200 },
    );
  });
});

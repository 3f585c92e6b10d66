import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/backend/interop/csv/readCsv';
import { detectDelimiter } from '../../../electron/backend/interop/csv/delimiter';

describe('reading a CSV file', () => {
  it('detects a comma, a semicolon or a tab', () => {
    expect(detectDelimiter('nom,commune\nA,Reims\n')).toBe(',');
    expect(detectDelimiter('nom;commune;adresse\nA, B;Reims;1, rue X\n')).toBe(';');
    expect(detectDelimiter('nom\tcommune\nA\tReims\n')).toBe('\t');
  });

  it('keeps quoted newlines and separators inside fields, and numbers lines as in the file', () => {
    const table = readCsv('nom;description\n"A";"ligne 1\nligne 2; suite"\n\n"B";x\n');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['nom', 'description']);
    expect(table.records).toEqual([
      { line: 2, values: ['A', 'ligne 1\nligne 2; suite'] },
      { line: 5, values: ['B', 'x'] },
    ]);
  });

  it('reads a file without a final newline', () => {
    expect(readCsv('a,b\n1,2').records).toEqual([{ line: 2, values: ['1', '2'] }]);
  });
});

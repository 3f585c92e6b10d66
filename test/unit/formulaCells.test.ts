import { describe, expect, it } from 'vitest';
import {
  defuseFormulaCell,
  formulaStart,
  restoreFormulaCell,
} from '../../electron/backend/interop/csv/formulaCells';

/** OWASP's rule for CSV cells, with numbers and telephone numbers spared, and an exact way back. */

describe('formula cells', () => {
  it('puts a quote before every start a spreadsheet evaluates', () => {
    for (const value of [
      '=2+3',
      '+A1',
      '-2+3',
      '@SUM(1+1)',
      '\t=1',
      '\r=1',
      "+cmd|'/c calc'!A1",
      '=HYPERLINK("x")',
    ])
      expect(defuseFormulaCell(value), JSON.stringify(value)).toBe(`'${value}`);
  });

  it('leaves plain text, numbers and telephone numbers as they are', () => {
    for (const value of [
      'Médiathèque',
      '',
      '-0.123',
      '-0,123',
      '+33549000000',
      '+33 5 49 00 00 00',
      '+33 (0)5 49',
      '05 49 00 00 00',
    ])
      expect(defuseFormulaCell(value), value).toBe(value);
  });

  it('reads every value back exactly, including values that already start with quotes', () => {
    const values = ['=2+3', "'=2+3", "''-1+1", "'texte", "'", '-0.5', "'-0.5", '+33 5 49', '@x', 'a=b', ''];
    for (const value of values) expect(restoreFormulaCell(defuseFormulaCell(value)), value).toBe(value);
    // Re-exporting what was read does not pile up quotes.
    for (const value of values)
      expect(defuseFormulaCell(restoreFormulaCell(defuseFormulaCell(value)))).toBe(defuseFormulaCell(value));
  });

  it('names the character that would start a formula, or none', () => {
    expect(formulaStart('=2+3')).toBe('=');
    expect(formulaStart('@SUM(1)')).toBe('@');
    expect(formulaStart('-0.5')).toBeNull();
    expect(formulaStart('+33 5 49 00 00 00')).toBeNull();
    expect(formulaStart('Centre = lieu')).toBeNull();
  });
});

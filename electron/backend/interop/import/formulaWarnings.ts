import type { ColumnMapping, ImportField } from '../../../../shared/interop/importFields';
import type { ImportRowProblem } from '../../../../shared/interop/importDto';
import { quoted } from '../../../../shared/format/french';
import { formulaStart } from '../csv/formulaCells';
import type { SourceRecord } from '../lieux-mediation/readTable';

/**
 * Values a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`): they are legitimate text in the
 * directory and are imported as they are, but the user is told, line and column, before confirming. The CSV
 * exports defuse them (see `formulaCells.ts`).
 */

const SHOWN_LENGTH = 40;

/** The mapped columns, once per mapping (every row of a file shares it). */
const columnsOf = new WeakMap<ColumnMapping, Set<string | undefined>>();

export function formulaWarnings(record: SourceRecord, mapping: ColumnMapping): ImportRowProblem[] {
  const warnings: ImportRowProblem[] = [];
  let columns = columnsOf.get(mapping);
  if (!columns)
    columnsOf.set(
      mapping,
      (columns = new Set(Object.values(mapping as Record<ImportField, string | undefined>))),
    );
  for (const column of columns) {
    if (!column) continue;
    const value = (record.values[column] ?? '').trim();
    const start = formulaStart(value);
    if (start === null) continue;
    const shown = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
    warnings.push({
      line: record.line,
      field: column,
      reason: `Valeur commençant par ${quoted(start)}, qu’un tableur prendrait pour une formule\u00a0: ${quoted(shown)}. Elle est importée comme texte\u00a0; les exports CSV la précéderont d’une apostrophe.`,
    });
  }
  return warnings;
}

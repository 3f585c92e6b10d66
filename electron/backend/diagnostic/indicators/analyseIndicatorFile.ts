import { suggestedDirection } from '../../../../shared/diagnostic/fragilityDirection';
import type {
  IndicatorColumnReportDto,
  IndicatorPreviewDto,
} from '../../../../shared/diagnostic/indicatorDto';
import { parseIndicatorNumber } from './indicatorNumber';
import type { IndicatorFileKind } from '../../../../shared/diagnostic/indicatorSchemas';
import { someOf } from '../../../../shared/format/boundedText';
import { afterColon, countLabel, formatInteger, ofName } from '../../../../shared/format/french';
import { resolveCommuneCode } from '../../interop/import/communeIndex';
import { padCode } from '../../interop/import/territoryMatch';
import type { IndicatorFile } from './readIndicatorFile';

/**
 * Every row of an indicator file placed on the territory (old codes read as today's commune) and every
 * cell read as a value, a secret or a missing value. The result is both the French report and the values
 * an import writes.
 */

export type IndicatorStatus = 'ok' | 'secret' | 'missing';

export interface IndicatorValueRow {
  key: string;
  communeCode: string;
  value: number | null;
  status: IndicatorStatus;
}

export interface IndicatorAnalysis {
  report: IndicatorPreviewDto;
  values: IndicatorValueRow[];
}

const LIST_LIMIT = 200;

interface Placed {
  line: number;
  code: string;
  exact: boolean;
  values: string[];
}

export function analyseIndicatorFile(
  file: IndicatorFile,
  meta: { kind: IndicatorFileKind; fileName: string },
  communes: { code: string; name: string }[],
): IndicatorAnalysis {
  const nameOf = new Map(communes.map((commune) => [commune.code, commune.name]));
  const unknownCodes: IndicatorPreviewDto['unknownCodes'] = [];
  const oldCodes: IndicatorPreviewDto['oldCodes'] = [];
  const duplicateRows: IndicatorPreviewDto['duplicateRows'] = [];
  const invalidValues: IndicatorPreviewDto['invalidValues'] = [];
  const placed = new Map<string, Placed>();
  let outsideCount = 0;

  for (const record of file.records) {
    const raw = record.values[file.codeIndex] ?? '';
    const code = padCode(raw);
    const resolved = code ? resolveCommuneCode(code) : null;
    if (!resolved) {
      unknownCodes.push({ line: record.line, code: raw.trim() });
      continue;
    }
    const currentName = nameOf.get(resolved.code);
    if (currentName === undefined) {
      outsideCount++;
      continue;
    }
    const exact = resolved.code === code;
    if (!exact) oldCodes.push({ line: record.line, code, currentCode: resolved.code, currentName });
    const earlier = placed.get(resolved.code);
    // Today's code wins over the rows of its communes déléguées; otherwise the first row is kept.
    if (earlier && (earlier.exact || !exact)) {
      duplicateRows.push({
        line: record.line,
        code,
        reason: `Ligne ${record.line} non retenue\u00a0: ${currentName} (${resolved.code}) a déjà sa ligne ${earlier.line}.`,
      });
      continue;
    }
    if (earlier)
      duplicateRows.push({
        line: earlier.line,
        code: earlier.code,
        reason: `Ligne ${earlier.line} remplacée par la ligne ${record.line}, au code actuel ${ofName(currentName)}.`,
      });
    placed.set(resolved.code, { line: record.line, code, exact, values: record.values });
  }

  const values: IndicatorValueRow[] = [];
  const columns: IndicatorColumnReportDto[] = file.columns.map((column) => {
    const counts = { okCount: 0, secretCount: 0, missingCount: 0, invalidCount: 0 };
    for (const [communeCode, row] of placed) {
      const rawValue = row.values[column.index] ?? '';
      const cell = parseIndicatorNumber(rawValue);
      if (cell.kind === 'value') {
        counts.okCount++;
        values.push({ key: column.key, communeCode, value: cell.value, status: 'ok' });
        continue;
      }
      if (cell.kind === 'invalid') {
        counts.invalidCount++;
        invalidValues.push({
          line: row.line,
          column: column.column,
          value: rawValue.trim(),
          reason: cell.reason,
        });
      } else if (cell.kind === 'secret') counts.secretCount++;
      else counts.missingCount++;
      values.push({
        key: column.key,
        communeCode,
        value: null,
        status: cell.kind === 'secret' ? 'secret' : 'missing',
      });
    }
    return {
      column: column.column,
      key: column.key,
      label: column.label,
      unit: column.unit,
      suggestedDirection: suggestedDirection(`${column.label} ${column.column}`),
      ...counts,
    };
  });

  const absentCommunes = communes.filter((commune) => !placed.has(commune.code));
  const report: IndicatorPreviewDto = {
    kind: meta.kind,
    fileName: meta.fileName,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    codeColumn: file.codeColumn,
    columns,
    ignoredColumns: file.ignoredColumns,
    unitsRowLine: file.unitsRowLine,
    rowsRead: file.records.length,
    territoryCommuneCount: communes.length,
    matchedCommuneCount: placed.size,
    outsideCount,
    unknownCodes: unknownCodes.slice(0, LIST_LIMIT),
    oldCodes: oldCodes.slice(0, LIST_LIMIT),
    duplicateRows: duplicateRows.slice(0, LIST_LIMIT),
    invalidValues: invalidValues.slice(0, LIST_LIMIT),
    absentCommunes,
    encodingWarning: file.encodingWarning,
    summary: [],
  };
  report.summary = summarise(report, unknownCodes.length, invalidValues.length);
  return { report, values };
}

const lines = (items: { line: number }[]) =>
  items
    .slice(0, 10)
    .map((item) => item.line)
    .join(', ') + (items.length > 10 ? '…' : '');

function summarise(report: IndicatorPreviewDto, unknownTotal: number, invalidTotal: number): string[] {
  const out = [
    `${countLabel(report.rowsRead, 'ligne lue', 'lignes lues')}${report.unitsRowLine ? ` (ligne d’unités ${report.unitsRowLine} mise de côté)` : ''}.`,
    `${formatInteger(report.matchedCommuneCount)} commune${report.matchedCommuneCount > 1 ? 's' : ''} du territoire sur ${formatInteger(report.territoryCommuneCount)} trouvée${report.matchedCommuneCount > 1 ? 's' : ''} dans le fichier.`,
  ];
  out.push(
    `Code commune lu dans la colonne «\u00a0${report.codeColumn}\u00a0»\u00a0; ${countLabel(report.columns.length, 'indicateur')}\u00a0: ${someOf(
      report.columns.map((column) => column.label),
      30,
    )}${report.ignoredColumns.length > 0 ? ` (colonnes non retenues\u00a0: ${someOf(report.ignoredColumns)})` : ''}.`,
  );
  if (report.outsideCount > 0)
    out.push(
      `${countLabel(report.outsideCount, 'ligne')} d’autres communes, hors du territoire, ignorée${report.outsideCount > 1 ? 's' : ''}.`,
    );
  if (report.oldCodes.length > 0)
    out.push(
      `${countLabel(report.oldCodes.length, 'ancien code', 'anciens codes')} de commune rattaché${report.oldCodes.length > 1 ? 's' : ''} à la commune d’aujourd’hui\u00a0: ${report.oldCodes
        .slice(0, 5)
        .map((old) => `${old.code} → ${old.currentName}`)
        .join(', ')}.`,
    );
  if (report.duplicateRows.length > 0)
    out.push(
      `${countLabel(report.duplicateRows.length, 'ligne')} en double pour une même commune. ${report.duplicateRows[0]!.reason}`,
    );
  if (unknownTotal > 0)
    out.push(
      `${countLabel(unknownTotal, 'code inconnu', 'codes inconnus')}\u00a0: ${unknownTotal > 1 ? 'ce ne sont pas des communes' : 'ce n’est pas une commune'} de France (ligne${unknownTotal > 1 ? 's' : ''} ${lines(report.unknownCodes)}).`,
    );
  if (report.absentCommunes.length > 0)
    out.push(
      `${countLabel(report.absentCommunes.length, 'commune')} du territoire absente${report.absentCommunes.length > 1 ? 's' : ''} du fichier\u00a0: ${report.absentCommunes
        .slice(0, 5)
        .map((commune) => commune.name)
        .join(', ')}${report.absentCommunes.length > 5 ? '…' : '.'}`,
    );
  for (const column of report.columns) {
    const parts = [
      column.secretCount > 0 ? `${formatInteger(column.secretCount)} en secret statistique` : '',
      column.missingCount > 0
        ? `${formatInteger(column.missingCount)} non disponible${column.missingCount > 1 ? 's' : ''}`
        : '',
      column.invalidCount > 0
        ? `${formatInteger(column.invalidCount)} illisible${column.invalidCount > 1 ? 's' : ''}`
        : '',
    ].filter(Boolean);
    if (parts.length > 0)
      out.push(
        `${column.label}\u00a0: ${formatInteger(column.okCount)} valeur${column.okCount > 1 ? 's' : ''}, ${parts.join(', ')}.`,
      );
  }
  if (invalidTotal > 0) {
    const first = report.invalidValues[0]!;
    out.push(
      `${countLabel(invalidTotal, 'valeur illisible', 'valeurs illisibles')}, enregistrée${invalidTotal > 1 ? 's' : ''} comme non disponible${invalidTotal > 1 ? 's' : ''} (jamais comme zéro)\u00a0; par exemple ligne ${first.line}, colonne «\u00a0${first.column}\u00a0»\u00a0: ${afterColon(first.reason)}`,
    );
  }
  if (report.encodingWarning) out.push(report.encodingWarning);
  return out;
}

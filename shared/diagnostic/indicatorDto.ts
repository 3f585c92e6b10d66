import type { FragilityDirection, IndicatorFileKind } from './indicatorSchemas';

/** One numeric column of a file, and what its cells held over the territory's communes. */
export interface IndicatorColumnReportDto {
  column: string;
  /** Stable key of the indicator (the column name for the IFN: `poverty_rate`). */
  key: string;
  /** French label (« Taux de pauvreté »). */
  label: string;
  unit: string;
  /** Which way the column probably reads, from its name; the user confirms or changes it before importing. */
  suggestedDirection: FragilityDirection;
  okCount: number;
  secretCount: number;
  missingCount: number;
  invalidCount: number;
}

/** What importing the file would do; nothing is written by a preview. */
export interface IndicatorPreviewDto {
  kind: IndicatorFileKind;
  fileName: string;
  encoding: string;
  delimiter: string;
  headers: string[];
  codeColumn: string;
  columns: IndicatorColumnReportDto[];
  /** Columns of the file not imported: names, text, or left out of the mapping. */
  ignoredColumns: string[];
  /** Line of a units row (« % », « nombre ») skipped under the header, or null. */
  unitsRowLine: number | null;
  /** Data rows read (units row excluded). */
  rowsRead: number;
  territoryCommuneCount: number;
  /** Communes of the territory with a row in the file. */
  matchedCommuneCount: number;
  /** Rows of communes that exist but are outside the territory. */
  outsideCount: number;
  /** Codes that are no commune of France, with their line. */
  unknownCodes: { line: number; code: string }[];
  /** Old codes (communes déléguées, merged communes) read as today's commune. */
  oldCodes: { line: number; code: string; currentCode: string; currentName: string }[];
  /** Rows left aside because their commune already had one. */
  duplicateRows: { line: number; code: string; reason: string }[];
  /** Cells refused (not a number): stored as missing, never as zero. */
  invalidValues: { line: number; column: string; value: string; reason: string }[];
  /** Communes of the territory the file says nothing about. */
  absentCommunes: { code: string; name: string }[];
  /** Broken characters found in the file, in French, or null. */
  encodingWarning: string | null;
  /** The report in French, one sentence per line. */
  summary: string[];
}

export interface IndicatorDto {
  key: string;
  label: string;
  unit: string;
  direction: FragilityDirection;
  okCount: number;
  secretCount: number;
  missingCount: number;
  /** Share (0…1) of the territory's communes with a usable value. */
  coverage: number;
}

export interface IndicatorDatasetDto {
  id: number;
  kind: IndicatorFileKind;
  name: string;
  source: string;
  year: number;
  unit: string;
  fileName: string;
  importedAt: string;
  communeCount: number;
  territoryCommuneCount: number;
  indicators: IndicatorDto[];
}

export interface IndicatorImportDto {
  dataset: IndicatorDatasetDto;
  /** True when a dataset with the same source, name and year was replaced. */
  replaced: boolean;
  report: IndicatorPreviewDto;
}

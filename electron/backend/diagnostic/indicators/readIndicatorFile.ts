import { parseIndicatorNumber } from './indicatorNumber';
import { IFN_SCORE_UNIT, IFN_TEXT_COLUMNS, ifnLabelOf } from '../../../../shared/diagnostic/indicatorIfn';
import type { IndicatorFileKind, IndicatorMapping } from '../../../../shared/diagnostic/indicatorSchemas';
import { someOf } from '../../../../shared/format/boundedText';
import { AppFailure } from '../../../../shared/result';
import { readCsv, type CsvRecord } from '../../interop/csv/readCsv';
import { decodeBytes } from '../../interop/text/decode';
import { findMojibake, mojibakeMessage } from '../../interop/text/mojibake';

/**
 * A per-commune file read into its code column and its numeric columns: bytes decoded (UTF-8 with or
 * without BOM, else Windows-1252), separator detected, a units row under the header set aside.
 */

export interface IndicatorColumn {
  column: string;
  index: number;
  key: string;
  label: string;
  /** From the mapping, the units row, or the IFN; '' when the file says nothing. */
  unit: string;
}

export interface IndicatorFile {
  encoding: string;
  delimiter: string;
  headers: string[];
  codeColumn: string;
  codeIndex: number;
  columns: IndicatorColumn[];
  /** Columns read but not imported (names, text, columns left out of the mapping). */
  ignoredColumns: string[];
  unitsRowLine: number | null;
  records: CsvRecord[];
  encodingWarning: string | null;
}

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const CODE_HEADERS = [
  'code',
  'codgeo',
  'code_insee',
  'code_commune',
  'insee',
  'depcom',
  'com',
  'code_geo',
  'codecommune',
];
const NAME_HEADERS = [
  'name',
  'division',
  'libgeo',
  'nom',
  'commune',
  'libelle',
  'nom_commune',
  'reg',
  'dep',
  'epci',
];
const looksLikeCode = (value: string) => /^\d[\dab]\d{2,3}$/i.test(value.trim());

function bad(message: string): AppFailure {
  return new AppFailure('invalid_input', message);
}

function findCodeColumn(headers: string[], kind: IndicatorFileKind, wanted: string | undefined): number {
  if (wanted !== undefined) {
    const index = headers.indexOf(wanted);
    if (index < 0) throw bad(`La colonne «\u00a0${wanted}\u00a0» n’existe pas dans ce fichier.`);
    return index;
  }
  const keys = headers.map(plain);
  const index = kind === 'ifn' ? keys.indexOf('code') : keys.findIndex((key) => CODE_HEADERS.includes(key));
  if (index < 0)
    throw bad(
      kind === 'ifn'
        ? `Ce fichier n’a pas la colonne «\u00a0code\u00a0» de l’export de l’Indice de fragilité numérique (colonnes lues\u00a0: ${someOf(headers) || 'aucune'}).`
        : `Aucune colonne de code commune reconnue (colonnes lues\u00a0: ${someOf(headers) || 'aucune'})\u00a0: indiquez laquelle contient le code INSEE.`,
    );
  return index;
}

/** Mostly numbers: a value or a secret, and no more than half of the filled cells refused. */
function isNumericColumn(records: CsvRecord[], index: number): boolean {
  let values = 0;
  let invalid = 0;
  for (const record of records) {
    const kind = parseIndicatorNumber(record.values[index] ?? '').kind;
    if (kind === 'value' || kind === 'secret') values++;
    else if (kind === 'invalid') invalid++;
  }
  return values > 0 && invalid * 2 <= values + invalid;
}

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base || 'indicateur';
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

export function readIndicatorFile(
  bytes: Buffer,
  kind: IndicatorFileKind,
  mapping: IndicatorMapping | undefined,
): IndicatorFile {
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === '') throw bad('Le fichier est vide.');
  if (/^\s*[[{]/.test(decoded.text) || decoded.text.includes('\u0000'))
    throw bad(
      'Ce fichier n’est pas un tableau CSV\u00a0: enregistrez-le au format CSV (séparateur «\u00a0;\u00a0» ou «\u00a0,\u00a0»).',
    );
  const table = readCsv(decoded.text);
  if (table.headers.length < 2)
    throw bad(
      'Ce fichier n’a qu’une colonne\u00a0: ce n’est pas un tableau CSV lisible (séparateur «\u00a0;\u00a0» ou «\u00a0,\u00a0» attendu).',
    );
  const codeIndex = findCodeColumn(table.headers, kind, mapping?.codeColumn);

  let records = table.records;
  let unitsRow: CsvRecord | null = null;
  const first = records[0];
  if (
    first &&
    !looksLikeCode(first.values[codeIndex] ?? '') &&
    first.values.some((value, i) => i !== codeIndex && parseIndicatorNumber(value).kind === 'invalid')
  ) {
    unitsRow = first;
    records = records.slice(1);
  }
  if (records.length === 0) throw bad('Ce fichier n’a aucune ligne de données sous son en-tête.');

  const taken = new Set<string>();
  const textColumns: readonly string[] = kind === 'ifn' ? IFN_TEXT_COLUMNS : NAME_HEADERS;
  const chosen = mapping?.columns
    ? mapping.columns.map((wanted) => {
        const index = table.headers.indexOf(wanted.column);
        if (index < 0) throw bad(`La colonne «\u00a0${wanted.column}\u00a0» n’existe pas dans ce fichier.`);
        if (index === codeIndex)
          throw bad('La colonne du code commune ne peut pas être aussi un indicateur.');
        return { index, name: wanted.name, unit: wanted.unit };
      })
    : table.headers
        .map((header, index) => ({ header, index }))
        .filter(
          ({ header, index }) => index !== codeIndex && header !== '' && !textColumns.includes(plain(header)),
        )
        .filter(({ index }) => isNumericColumn(records, index))
        .map(({ index }) => ({ index, name: undefined, unit: undefined }));
  const ignoredColumns = table.headers.filter(
    (header, index) => index !== codeIndex && !chosen.some((column) => column.index === index),
  );
  if (chosen.length === 0)
    throw bad('Aucune colonne de nombres dans ce fichier\u00a0: rien à importer comme indicateur.');

  const columns = chosen.map(({ index, name, unit }): IndicatorColumn => {
    const column = table.headers[index]!;
    const fromRow = unitsRow?.values[index]?.trim() ?? '';
    const percent = records.some((record) => /%\s*$/.test(record.values[index] ?? ''));
    const ifnUnit = kind === 'ifn' && plain(column) === 'total' ? IFN_SCORE_UNIT : '';
    return {
      column,
      index,
      key: uniqueKey(kind === 'ifn' ? column.trim() : plain(column), taken),
      label: name || (kind === 'ifn' ? ifnLabelOf(column.trim()) : column),
      unit: unit || fromRow || ifnUnit || (percent ? '%' : ''),
    };
  });

  const finding = findMojibake(decoded.text);
  return {
    encoding: decoded.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    codeColumn: table.headers[codeIndex]!,
    codeIndex,
    columns,
    ignoredColumns,
    unitsRowLine: unitsRow?.line ?? null,
    records,
    encodingWarning: finding ? mojibakeMessage(finding) : null,
  };
}

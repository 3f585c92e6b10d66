import type { ImportFormat } from '../../../../shared/interop/importFields';
import { AppFailure } from '../../../../shared/result';
import { cleanControlCharacters } from '../../../../shared/text/controlCharacters';
import { restoreFormulaCell } from '../csv/formulaCells';
import { streamCsv, type TextPieces } from '../csv/readCsv';

/**
 * A file's records as header → text, whatever its shape (CSV or JSON), with each record's line. Control
 * characters are cleaned from every value (line breaks kept: the fields' own rules decide; `readCsv` does it for
 * CSV), and a CSV cell defused against formulas by our export (`'=…`) reads back as it was written in Maillage.
 */

export interface SourceRecord {
  line: number;
  values: Record<string, string>;
  /**
   * A CSV line with fewer values than the header has columns: a line cut in two by a line break inside a value
   * that has no quotes, or a line whose last empty values were left out. `unsure`: the columns it has no value
   * for. Said when the line is refused for what those columns hold (`cutLine.ts`).
   */
  cut?: { values: number; columns: number; unsure: string[] };
}

export interface SourceTable {
  kind: 'csv' | 'json';
  headers: string[];
  records: SourceRecord[];
  /** A CSV's last record when the file stops in the middle of it: left out of `records`, to be reported. */
  truncatedLine: number | null;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') return cleanControlCharacters(value, 'multiline');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function jsonRecords(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === 'object') {
    for (const key of ['data', 'lieux', 'features', 'results']) {
      const inner = (parsed as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner;
    }
  }
  return null;
}

/** The French refusal of a JSON text that does not parse, naming the line where reading stopped. */
function damagedJson(text: string, error: unknown): AppFailure {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  const at = position === undefined ? text.trimEnd().length : Number(position);
  const line = text.slice(0, at).split('\n').length;
  const cut = position === undefined || at >= text.trimEnd().length - 1;
  return new AppFailure(
    'invalid_input',
    cut
      ? `Ce fichier JSON s’arrête avant sa fin (ligne ${line})\u00a0: il a sans doute été coupé pendant un téléchargement ou une copie. Rien n’est importé\u00a0: demandez ou enregistrez de nouveau le fichier entier.`
      : `Ce fichier JSON est abîmé à la ligne ${line}\u00a0: il ne peut pas être lu. Rien n’est importé\u00a0: corrigez-le ou demandez-en une nouvelle copie.`,
  );
}

/**
 * A GeoJSON feature's point, as a `geometry` column in WKT (« POINT (0.18 45.87) », longitude first): the
 * place's coordinates, read by the wizard as any « coordonnées » column. Nothing for other items.
 */
function pointOf(item: unknown): Record<string, string> {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return {};
  const geometry = (item as Record<string, unknown>).geometry as Record<string, unknown> | undefined;
  if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) return {};
  const [longitude, latitude] = geometry.coordinates as unknown[];
  if (typeof longitude !== 'number' || typeof latitude !== 'number') return {};
  return { geometry: `POINT (${longitude} ${latitude})` };
}

/** JSON: an array of objects (or an object holding one). Answers null when the text is not such JSON. */
function readJson(text: string): SourceTable | null {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    // Opens as JSON objects do: a JSON file cut or damaged, not a spreadsheet of one column.
    if (/^(\[\s*\{|\{\s*")/.test(trimmed)) throw damagedJson(trimmed, error);
    return null;
  }
  const items = jsonRecords(parsed);
  if (!items) return null;
  const headers: string[] = [];
  const seen = new Set<string>();
  const records = items.map((item, index): SourceRecord => {
    const source =
      item && typeof item === 'object' && !Array.isArray(item)
        ? ((item as Record<string, unknown>).properties ?? item)
        : {};
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...(source as Record<string, unknown>), ...pointOf(item) })) {
      const header = cleanControlCharacters(key).trim();
      if (!seen.has(header)) {
        seen.add(header);
        headers.push(header);
      }
      values[header] = cellText(value);
    }
    return { line: index + 1, values };
  });
  return { kind: 'json', headers, records, truncatedLine: null };
}

/** What `streamTable` tells once the whole file is read. */
export interface SourceTableEnd {
  kind: 'csv' | 'json';
  headers: string[];
  truncatedLine: number | null;
}

/**
 * The file's records one by one, after its headers: a CSV is read record by record and none is kept here (a
 * large file is not held twice; given in pieces, its text is never held whole); a JSON text is parsed whole (its
 * headers are all the keys of all its items): a text that opens as JSON does is joined first.
 */
export function streamTable(
  pieces: TextPieces,
  /** `kind`: lines and columns of a CSV, or records (« fiches ») of a JSON file. */
  onHeaders: (headers: string[], kind: 'csv' | 'json') => void,
  onRecord: (record: SourceRecord) => void,
): SourceTableEnd {
  const source = pieces[Symbol.iterator]();
  const first = source.next();
  const head = first.done ? '' : first.value;
  const opening = head.trimStart();
  let csv: TextPieces;
  if (opening === '' || opening.startsWith('[') || opening.startsWith('{')) {
    let text = head;
    for (let next = source.next(); !next.done; next = source.next()) text += next.value;
    const json = readJson(text);
    if (json) {
      onHeaders(json.headers, 'json');
      for (const record of json.records) onRecord(record);
      return { kind: 'json', headers: json.headers, truncatedLine: null };
    }
    csv = [text];
  } else
    csv = (function* () {
      yield head;
      for (let next = source.next(); !next.done; next = source.next()) yield next.value;
    })();
  let columns: string[] = [];
  const end = streamCsv(
    csv,
    (headers) => {
      columns = headers;
      onHeaders(headers.filter(Boolean), 'csv');
    },
    (record) => {
      const values: Record<string, string> = {};
      columns.forEach((header, i) => {
        if (header && values[header] === undefined)
          values[header] = restoreFormulaCell(record.values[i] ?? '');
      });
      onRecord(
        record.values.length < columns.length
          ? {
              line: record.line,
              values,
              cut: {
                values: record.values.length,
                columns: columns.length,
                unsure: columns.slice(record.values.length),
              },
            }
          : { line: record.line, values },
      );
    },
  );
  return { kind: 'csv', headers: end.headers.filter(Boolean), truncatedLine: end.truncated?.line ?? null };
}

/** The whole table at once. */
export function readTable(text: string): SourceTable {
  const records: SourceRecord[] = [];
  const end = streamTable(
    [text],
    () => {},
    (record) => records.push(record),
  );
  return { ...end, records };
}

const V1_MARKERS = ['courriels', 'frais_a_charge', 'modalites_acces', 'publics_specifiquement_adresses'];
const V01_MARKERS = ['publics_accueillis', 'conditions_acces', 'labels_nationaux', 'courriel', 'cle_ban'];

/** Which standard the headers follow, if any. */
export function detectFormat(headers: string[]): ImportFormat {
  const set = new Set(headers.map((header) => header.trim().toLowerCase()));
  const isLieux = set.has('nom') && set.has('services') && (set.has('pivot') || set.has('id'));
  if (!isLieux) return 'tableur';
  if (V1_MARKERS.some((marker) => set.has(marker))) return 'lieux-v1';
  if (V01_MARKERS.some((marker) => set.has(marker))) return 'lieux-v0.1';
  return 'lieux-v1';
}

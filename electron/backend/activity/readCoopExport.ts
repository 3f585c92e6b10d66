import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import { activityDayOf } from './activityDate';
import {
  activityKindOf,
  addPeople,
  categoryOf,
  type ActivityRecord,
  type RefusedRow,
} from './activityRecord';
import { COOP_HEADER_START, coopColumnUses, type CoopColumnUse, type CoopField } from './coopColumns';
import type { SheetCell, SheetRows } from './readSpreadsheet';
import { cellCount, cellLines, cellText, headerKey } from './sheetCell';

/**
 * La Coop's « Activités » export read into activities: the header found by its first cells (Date, Type,
 * Nombre de participants) below whatever metadata and filters the export writes above it, on whichever sheet
 * holds it; one activity per row, the multi-line cells split (one line per person for the commune, genre,
 * age band and status; one per theme). Only the kept columns are read; names and free text never leave the
 * sheet's cells.
 */

export interface CoopTable {
  sheetName: string | null;
  headerLine: number;
  headers: string[];
  uses: CoopColumnUse[];
  records: ActivityRecord[];
  refused: RefusedRow[];
  rowsRead: number;
  /** « Lieu » values, most frequent first: they propose the actor, and are not stored. */
  placesNamed: string[];
}

/** How far down the sheet the header is looked for (La Coop writes about 15 rows of metadata and filters). */
const HEADER_SEARCH_ROWS = 200;

function findHeader(rows: SheetCell[][]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index] ?? [];
    if (COOP_HEADER_START.every((start, column) => headerKey(cellText(row[column])).startsWith(start)))
      return index;
  }
  return -1;
}

const isEmptyRow = (row: SheetCell[]) => row.every((cell) => cellText(cell) === '');

export function readCoopExport(sheets: SheetRows[], fileName: string): CoopTable {
  const found = sheets
    .map((sheet) => ({ sheet, index: findHeader(sheet.rows) }))
    .find(({ index }) => index >= 0);
  if (!found) {
    if (sheets.every((sheet) => sheet.rows.every(isEmptyRow)))
      throw new AppFailure(
        'invalid_input',
        `Le classeur ${quoted(fileName)} est vide\u00a0: rien à importer.`,
      );
    const names = sheets.map((sheet) => sheet.name).filter(Boolean) as string[];
    throw new AppFailure(
      'invalid_input',
      `${quoted(fileName)} ne contient pas le tableau des activités de La Coop${names.length > 0 ? ` (feuilles lues\u00a0: ${names.map(quoted).join(', ')})` : ''}\u00a0: aucun en-tête ne commence par «\u00a0Date\u00a0», «\u00a0Type\u00a0», «\u00a0Nombre de participants\u00a0». Vérifiez qu’il s’agit bien de l’export «\u00a0Activités\u00a0», ou importez-le comme «\u00a0Autre tableau\u00a0».`,
    );
  }
  const { sheet, index: headerIndex } = found;
  const headers = (sheet.rows[headerIndex] ?? []).map((cell) => cellText(cell));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const uses = coopColumnUses(headers);
  const column = new Map<CoopField, number>();
  for (const use of uses) if (use.field) column.set(use.field, use.index);
  const at = (row: SheetCell[], field: CoopField): SheetCell | undefined => {
    const index = column.get(field);
    return index === undefined ? undefined : row[index];
  };

  const placeIndex = uses.find((use) => headerKey(use.header) === 'lieu')?.index ?? -1;
  const records: ActivityRecord[] = [];
  const refused: RefusedRow[] = [];
  const places = new Map<string, number>();
  let rowsRead = 0;
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index] ?? [];
    if (isEmptyRow(row)) continue;
    rowsRead += 1;
    const line = index + 1;
    const date = activityDayOf(at(row, 'date'));
    if (!date) {
      const text = cellText(at(row, 'date'));
      refused.push({ line, reason: text ? `date illisible (${quoted(text.slice(0, 40))})` : 'date absente' });
      continue;
    }
    const communes = cellLines(at(row, 'commune'));
    const genres = cellLines(at(row, 'genre'));
    const ages = cellLines(at(row, 'age'));
    const statuses = cellLines(at(row, 'status'));
    const lineCount = Math.max(communes.length, genres.length, ages.length, statuses.length);
    const written = cellCount(at(row, 'participants'));
    const participants = written ?? (cellText(at(row, 'commune')) === '' ? 1 : lineCount);
    const record: ActivityRecord = {
      line,
      day: date.day,
      kind: activityKindOf(cellText(at(row, 'kind'))),
      channel: categoryOf(cellText(at(row, 'channel'))),
      minutes: cellCount(at(row, 'minutes')),
      activities: 1,
      participants,
      themes: [...new Set(cellLines(at(row, 'themes')).map(categoryOf).filter(Boolean))],
      people: [],
    };
    // One line per person; a workshop's anonymous participants beyond the lines are counted, categories unknown.
    for (let person = 0; person < participants; person += 1)
      addPeople(
        record.people,
        {
          commune: categoryOf(communes[person] ?? ''),
          genre: categoryOf(genres[person] ?? ''),
          age: categoryOf(ages[person] ?? ''),
          status: categoryOf(statuses[person] ?? ''),
        },
        1,
      );
    records.push(record);
    const place = placeIndex >= 0 ? cellText(row[placeIndex]) : '';
    if (place) places.set(place, (places.get(place) ?? 0) + 1);
  }
  return {
    sheetName: sheet.name,
    headerLine: headerIndex + 1,
    headers,
    uses,
    records,
    refused,
    rowsRead,
    placesNamed: [...places.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([place]) => place)
      .slice(0, 5),
  };
}

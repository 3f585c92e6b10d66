import type { ActivityMapping } from '../../../shared/activity/activitySchemas';
import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import { activityDayOf } from './activityDate';
import { activityKindOf, categoryOf, type ActivityRecord, type RefusedRow } from './activityRecord';
import type { SheetRows } from './readSpreadsheet';
import { cellCount, cellText, headerKey } from './sheetCell';

/**
 * Any per-activity or per-month table (CSV or XLSX), read through the column wizard's choices: the first row of
 * the first sheet that has one is the header; each row is one activity (no count column) or a number of
 * accompaniments (a count column), on a day or a month. Columns the wizard did not choose are not read.
 */

export interface ActivityTable {
  sheetName: string | null;
  headerLine: number;
  headers: string[];
  /** The wizard's choice as column indexes (guessed from the headers when no mapping is given). */
  mapping: ActivityMapping | null;
  records: ActivityRecord[];
  refused: RefusedRow[];
  rowsRead: number;
  /** Every date read was a month (« 2026-01 », « janvier 2026 »): the figures are monthly. */
  monthly: boolean;
}

/**
 * The headers each role is guessed from, in this order: the participants before the count, so that « Nombre de
 * participants » is not taken for the number of activities (a review's table had both « nombre » and
 * « participants »). The structure column is left to the user: choosing it splits the table into imports.
 */
const GUESSES: [keyof ActivityMapping, RegExp][] = [
  ['dateColumn', /^(date|jour|mois|periode|month)\b/],
  ['participantsColumn', /^(participants|nombre de participants|nb participants|personnes)\b/],
  ['countColumn', /^(nombre|nb|effectif|total|accompagnements|activites|count)\b/],
  ['kindColumn', /^(type|modalite)\b/],
  ['themeColumn', /^(thematique|theme)/],
  ['communeColumn', /^(commune|code commune|code insee|insee|codgeo)/],
  ['ageColumn', /^(tranche d age|age)\b/],
  ['statusColumn', /^(statut|situation)\b/],
];

/** The wizard's first proposal: each role on the first header that reads like it. */
export function guessMapping(headers: string[]): ActivityMapping | null {
  const guessed: Partial<Record<keyof ActivityMapping, string>> = {};
  for (const [role, pattern] of GUESSES) {
    const header = headers.find(
      (candidate) => pattern.test(headerKey(candidate)) && !Object.values(guessed).includes(candidate),
    );
    if (header) guessed[role] = header;
  }
  return guessed.dateColumn ? ({ ...guessed, dateColumn: guessed.dateColumn } as ActivityMapping) : null;
}

const splitValues = (text: string) =>
  text
    .split(/\r\n|\r|\n|\||;/)
    .map(categoryOf)
    .filter(Boolean);

export function readActivityTable(
  sheets: SheetRows[],
  fileName: string,
  given: ActivityMapping | undefined,
): ActivityTable {
  const sheet = sheets.find((candidate) =>
    candidate.rows.some((row) => row.some((cell) => cellText(cell) !== '')),
  );
  if (!sheet)
    throw new AppFailure('invalid_input', `Le fichier ${quoted(fileName)} est vide\u00a0: rien à importer.`);
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  const headers = (sheet.rows[headerIndex] ?? []).map((cell) => cellText(cell));
  const mapping = given ?? guessMapping(headers);
  const empty = {
    sheetName: sheet.name,
    headerLine: headerIndex + 1,
    headers,
    mapping,
    records: [],
    refused: [],
    monthly: false,
  };
  if (!mapping) return { ...empty, rowsRead: Math.max(0, sheet.rows.length - headerIndex - 1) };
  const indexOf = (header: string | undefined, role: string): number | undefined => {
    if (header === undefined || header === '') return undefined;
    const index = headers.indexOf(header);
    if (index < 0)
      throw new AppFailure(
        'invalid_input',
        `La colonne ${quoted(header)} (${role}) n’est pas dans ${quoted(fileName)}.`,
      );
    return index;
  };
  const date = indexOf(mapping.dateColumn, 'date')!;
  const count = indexOf(mapping.countColumn, 'nombre');
  const participantsAt = indexOf(mapping.participantsColumn, 'participants');
  const kind = indexOf(mapping.kindColumn, 'type');
  const theme = indexOf(mapping.themeColumn, 'thématique');
  const commune = indexOf(mapping.communeColumn, 'commune');
  const age = indexOf(mapping.ageColumn, 'tranche d’âge');
  const status = indexOf(mapping.statusColumn, 'statut');
  const text = (row: (typeof sheet.rows)[number], index: number | undefined) =>
    index === undefined ? '' : cellText(row[index]);

  const records: ActivityRecord[] = [];
  const refused: RefusedRow[] = [];
  let rowsRead = 0;
  let monthly = true;
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index] ?? [];
    if (row.every((cell) => cellText(cell) === '')) continue;
    rowsRead += 1;
    const line = index + 1;
    const day = activityDayOf(row[date]);
    if (!day) {
      refused.push({ line, reason: `date illisible (${quoted(text(row, date).slice(0, 40) || 'vide')})` });
      continue;
    }
    monthly &&= day.month;
    const counted = count === undefined ? 1 : cellCount(row[count]);
    if (counted === null) {
      refused.push({ line, reason: `nombre illisible (${quoted(text(row, count).slice(0, 40) || 'vide')})` });
      continue;
    }
    const participants = participantsAt === undefined ? counted : (cellCount(row[participantsAt]) ?? counted);
    records.push({
      line,
      day: day.day,
      kind: activityKindOf(text(row, kind)),
      channel: '',
      minutes: null,
      activities: counted,
      participants,
      themes: [...new Set(splitValues(text(row, theme)))],
      people: [
        {
          commune: categoryOf(text(row, commune)),
          genre: '',
          age: categoryOf(text(row, age)),
          status: categoryOf(text(row, status)),
          count: participants,
        },
      ],
    });
  }
  return { ...empty, records, refused, rowsRead, monthly: monthly && records.length > 0 };
}

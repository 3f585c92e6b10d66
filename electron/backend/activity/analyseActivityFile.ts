import type { ActivityColumnDto, ActivityPreviewDto } from '../../../shared/activity/activityDto';
import type { ActivityFileKind, ActivityMapping } from '../../../shared/activity/activitySchemas';
import type { CommuneDto } from '../../../shared/territory/dto';
import { countLabel, formatDate, formatInteger, quoted } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import { monthLabel } from '../../../shared/activity/activityCharts';
import type { ActivityRecord, RefusedRow } from './activityRecord';
import { aggregateActivity, type ActivityRows } from './aggregateActivity';
import { readActivityTable } from './readActivityTable';
import { readCoopExport } from './readCoopExport';
import type { SheetRows } from './readSpreadsheet';
import { residenceReader } from './residenceCommune';

/**
 * A file read, checked and counted, nothing written: the report the user reads before importing (what was
 * read, what was set aside and why, which columns are left out and why), and the rows an import would store.
 * `period` narrows the records to the chosen period (the import); the preview counts them all.
 */

export interface ActivityAnalysis {
  report: Omit<ActivityPreviewDto, 'actorChoices'>;
  rows: ActivityRows;
  columnsLeftOut: ActivityColumnDto[];
  records: ActivityRecord[];
}

const REFUSED_SHOWN = 20;

const isFirstOfMonth = (day: string) => day.endsWith('-01');
const isLastOfMonth = (day: string) => {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return next.getUTCDate() === 1;
};

/**
 * A table of monthly figures gives each month as one number, dated its 1st: a period that starts or ends within
 * a month would keep or drop the whole month (from 15 January, January went; to 15 March, March stayed whole).
 * Refused, with the whole months to choose.
 */
function refuseSplitMonths(fileName: string, period: { start: string; end: string }): void {
  if (isFirstOfMonth(period.start) && isLastOfMonth(period.end)) return;
  throw new AppFailure(
    'invalid_input',
    `${quoted(fileName)} donne des chiffres par mois\u00a0: choisissez une période de mois entiers, du 1er d’un mois au dernier jour d’un mois (du 1er janvier au 31 mars 2026, par exemple).`,
    { periodStart: 'Période de mois entiers attendue.' },
  );
}

const STRUCTURE_COLUMN_REASON =
  'Structure ou lieu\u00a0: un import par structure (le nom n’est pas enregistré)';

/**
 * « 34 activités : 30 individuelles, 4 en atelier collectif, 40 accompagnements. »; a kind the file does not
 * give is said unknown, never counted 0.
 */
function activitiesLine(activities: number, individual: number, collective: number, accompaniments: number) {
  const unknown = activities - individual - collective;
  const kinds =
    unknown === activities
      ? ` (${activities > 1 ? 'individuelles ou collectives' : 'individuelle ou collective'}\u00a0: non précisé)`
      : `\u00a0: ${countLabel(individual, 'individuelle')}, ${formatInteger(collective)} en atelier collectif${unknown > 0 ? `, ${formatInteger(unknown)} sans précision` : ''}`;
  return `${countLabel(activities, 'activité')}${activities > 0 ? kinds : ''}, ${countLabel(accompaniments, 'accompagnement')}.`;
}

/** « Du 5 janvier 2026 au 30 juin 2026. », or « De janvier 2026 à février 2026 (chiffres mensuels). » */
function datesLine(first: string | null, last: string | null, monthly: boolean): string {
  if (!first || !last) return 'Aucune date lue.';
  if (!monthly) return `Du ${formatDate(first)} au ${formatDate(last)}.`;
  const [from, to] = [monthLabel(first.slice(0, 7)), monthLabel(last.slice(0, 7))];
  return from === to
    ? `${from.charAt(0).toUpperCase()}${from.slice(1)} (chiffres mensuels).`
    : `${/^[aeiou]/.test(from) ? 'D’' : 'De '}${from} à ${to} (chiffres mensuels).`;
}

export function analyseActivityFile(
  sheets: SheetRows[],
  file: { fileName: string; kind: ActivityFileKind; mapping?: ActivityMapping | undefined },
  communes: readonly CommuneDto[],
  period?: { start: string; end: string },
): ActivityAnalysis {
  let table: {
    sheetName: string | null;
    headerLine: number;
    headers: string[];
    records: ActivityRecord[];
    refused: RefusedRow[];
    rowsRead: number;
    monthly?: boolean;
  };
  let columns: ActivityColumnDto[];
  let placesNamed: string[] = [];
  let mapping: ActivityMapping | null = null;
  if (file.kind === 'coop') {
    const coop = readCoopExport(sheets, file.fileName);
    table = coop;
    placesNamed = coop.placesNamed;
    columns = coop.uses.map(({ header, kept, reason }) => ({ header, kept, reason }));
  } else {
    const generic = readActivityTable(sheets, file.fileName, file.mapping);
    table = generic;
    mapping = generic.mapping;
    const chosen = new Map<string, string>();
    const roles: [keyof ActivityMapping, string][] = [
      ['dateColumn', 'Date ou mois'],
      ['countColumn', 'Nombre d’accompagnements'],
      ['participantsColumn', 'Nombre de participants'],
      ['kindColumn', 'Individuel ou collectif'],
      ['themeColumn', 'Thématique'],
      ['communeColumn', 'Commune de résidence'],
      ['ageColumn', 'Tranche d’âge'],
      ['statusColumn', 'Statut'],
      ['structureColumn', STRUCTURE_COLUMN_REASON],
    ];
    for (const [role, label] of roles) {
      const header = generic.mapping?.[role];
      if (header) chosen.set(header, label);
    }
    columns = generic.headers.map((header) => ({
      header,
      kept: chosen.has(header),
      reason: chosen.get(header) ?? 'colonne non choisie\u00a0: non lue, non enregistrée',
    }));
  }

  if (period && table.monthly) refuseSplitMonths(file.fileName, period);
  const inPeriod = period
    ? table.records.filter((record) => record.day >= period.start && record.day <= period.end)
    : table.records;
  let outside = 0;
  for (const record of table.records) outside += record.activities;
  for (const record of inPeriod) outside -= record.activities;
  const residence = residenceReader(communes);
  const rows = aggregateActivity(inPeriod, residence);

  let first: string | null = null;
  let last: string | null = null;
  let accompaniments = 0;
  let individual = 0;
  let collective = 0;
  let activities = 0;
  let residenceOutside = 0;
  let residenceUnknown = 0;
  const unrecognised = new Map<string, number>();
  for (const record of table.records) {
    if (first === null || record.day < first) first = record.day;
    if (last === null || record.day > last) last = record.day;
  }
  for (const record of inPeriod) {
    activities += record.activities;
    accompaniments += record.participants;
    if (record.kind === 'individual') individual += record.activities;
    if (record.kind === 'collective') collective += record.activities;
  }
  for (const row of rows.publics) {
    if (row.communeCode === null && row.communeLabel === '') residenceUnknown += row.accompaniments;
    else if (row.communeCode === null)
      unrecognised.set(row.communeLabel, (unrecognised.get(row.communeLabel) ?? 0) + row.accompaniments);
    else if (!communes.some((commune) => commune.code === row.communeCode))
      residenceOutside += row.accompaniments;
  }

  const leftOut = columns.filter((column) => !column.kept);
  const summary = [
    `${countLabel(table.rowsRead, 'ligne lue', 'lignes lues')}${table.sheetName ? ` dans la feuille «\u00a0${table.sheetName}\u00a0»` : ''} (en-tête ligne ${table.headerLine}).`,
    activitiesLine(activities, individual, collective, accompaniments),
    datesLine(first, last, table.monthly ?? false),
    ...(table.refused.length > 0
      ? [`${countLabel(table.refused.length, 'ligne écartée', 'lignes écartées')} (voir le détail).`]
      : []),
    ...(outside > 0
      ? [
          `${countLabel(outside, 'activité hors de la période choisie', 'activités hors de la période choisie')}\u00a0: ${outside === 1 ? 'non importée' : 'non importées'}.`,
        ]
      : []),
    ...(residenceOutside > 0
      ? [`${countLabel(residenceOutside, 'accompagnement')} de personnes qui habitent hors du territoire.`]
      : []),
    ...(unrecognised.size > 0
      ? [
          `${countLabel(
            [...unrecognised.values()].reduce((sum, n) => sum + n, 0),
            'accompagnement',
          )} dont la commune de résidence n’est pas reconnue (${[...unrecognised.keys()]
            .slice(0, 4)
            .map((label) => `«\u00a0${label}\u00a0»`)
            .join(
              ', ',
            )}${unrecognised.size > 4 ? '…' : ''})\u00a0: on ne sait pas si ces personnes habitent le territoire.`,
        ]
      : []),
    ...(leftOut.length > 0
      ? [
          `${countLabel(leftOut.length, 'colonne laissée de côté', 'colonnes laissées de côté')}\u00a0: aucun nom ni texte libre n’est enregistré.`,
        ]
      : []),
  ];

  return {
    report: {
      kind: file.kind,
      headers: table.headers,
      mapping,
      headerLine: table.headerLine,
      sheetName: table.sheetName,
      rowsRead: table.rowsRead,
      activityCount: activities,
      accompanimentCount: accompaniments,
      participantCount: accompaniments,
      individualCount: individual,
      collectiveCount: collective,
      firstDay: first,
      lastDay: last,
      refusedRows: table.refused.slice(0, REFUSED_SHOWN),
      refusedCount: table.refused.length,
      columns,
      placesNamed,
      residenceOutsideCount: residenceOutside,
      residenceUnknownCount: residenceUnknown + [...unrecognised.values()].reduce((sum, n) => sum + n, 0),
      summary,
    },
    rows,
    columnsLeftOut: leftOut,
    records: inPeriod,
  };
}

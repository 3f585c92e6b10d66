import { Paragraph, TextRun, type FileChild } from 'docx';
import type { ActivityFiguresDto } from '../../../../shared/activity/activityFiguresDto';
import { ACTIVITY_CHART_IDS, monthLabel } from '../../../../shared/activity/activityCharts';
import { activityHours } from '../../../../shared/activity/activityHours';
import {
  ACTIVITY_FIGURE_CHART_IDS,
  activityChartEmptyNote,
  activityFigureCharts,
} from '../../../../shared/activity/activityFigureCharts';
import { activityUnknowns } from '../../../../shared/activity/activityUnknowns';
import {
  activityReportTables,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
} from '../../../../shared/activity/activityReportTables';
import { DOCX_MIME_TYPE } from '../../../../shared/documents/documentDto';
import {
  countLabel,
  formatDate,
  formatDecimal,
  formatInteger,
  formatOneDecimal,
} from '../../../../shared/format/french';
import { assembleDocument, documentBytes } from '../assembleDocument';
import type { DocumentContext } from '../documentContext';
import { STYLE } from '../documentStyles';
import { figure } from '../figures';
import { chartFigure } from '../chartFigure';
import { documentFileName } from '../fileName';
import { frenchTypography } from '../frenchTypography';
import { Outline } from '../outline';
import { body, labelled, note } from '../paragraphs';
import { dataTable, type CellContent, type TableColumn } from '../tables';
import { MAP_SCALE, renderCharts, type RenderedChart } from '../diagnostic/readDiagnosticData';
import { svgToPngAsync } from '../charts/chartPng';
import { residenceWhere } from '../../../../shared/activity/residenceWhere';

/**
 * The « Rapport d'activité » for a period and a scope (all the structures, or one for its funder): the key
 * figures, then per month, per structure, where the people live (per 1,000 inhabitants, and those helped in
 * another commune), on what (procedures or digital skills, themes), who (age band, status), and the sources
 * with what is not known. The figures and tables are those of the screen and the XLSX export
 * (`activityReportData.ts`, `activityReportTables.ts`); the charts are drawn with the diagnostic's kit.
 */

const CHART_MAX_HEIGHT = 760;
/** Longer tables are cut in the document (the XLSX export has them whole). */
const TABLE_ROWS = 30;

function cellText(cell: ReportCell, column: ReportColumn): CellContent {
  if (cell === null || cell === '') return cell;
  if (typeof cell === 'number') {
    if (column.type === 'integer') return formatInteger(cell);
    return column.type === 'rate' ? formatOneDecimal(cell) : formatDecimal(cell);
  }
  if (column.type === 'date') return formatDate(cell);
  if (column.type === 'month') return monthLabel(cell);
  return cell;
}

/** About how many characters of a table's text fit across the page, to keep each header word whole. */
const LINE_CHARACTERS = 88;

/**
 * Column shares from what they hold: the usual length of the cells (a long text wraps), and never less than the
 * longest word of the header needs (« Accompagnements » was cut in two in the narrow columns of a wide table).
 */
function columnsOf(columns: ReportColumn[], rows: CellContent[][]): TableColumn[] {
  const words = columns.map(
    (column) => Math.max(...column.header.split(/\s+/).map((part) => part.length)) * 1.2 + 2,
  );
  const wants = columns.map((_, index) => {
    const lengths = rows
      .map((row) => (typeof row[index] === 'string' ? (row[index] as string).length : 13))
      .sort((a, b) => a - b);
    const usual = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
    return Math.max(words[index]!, Math.min(usual + 2, 34), 6);
  });
  // The columns whose proportional share would cut their header get what the header needs; the others share
  // what is left in proportion to what they hold.
  const needed = words.reduce((sum, word) => sum + word, 0);
  const floors = words.map((word) => word / Math.max(LINE_CHARACTERS, needed));
  const fixed = new Set<number>();
  let shares: number[] = [];
  for (let round = 0; round <= columns.length; round += 1) {
    const left = 1 - [...fixed].reduce((sum, index) => sum + floors[index]!, 0);
    const flexible = wants.reduce((sum, want, index) => (fixed.has(index) ? sum : sum + want), 0);
    shares = wants.map((want, index) => (fixed.has(index) ? floors[index]! : (want / flexible) * left));
    const short = shares.findIndex((share, index) => !fixed.has(index) && share < floors[index]!);
    if (short < 0) break;
    fixed.add(short);
  }
  return columns.map((column, index) => ({
    title: column.header,
    share: shares[index]!,
    align:
      column.type === 'integer' || column.type === 'decimal' || column.type === 'rate' ? 'right' : 'left',
  }));
}

function tableBlock(whole: ReportTable, rows = TABLE_ROWS): FileChild[] {
  if (whole.rows.length === 0) return [note('Aucune donnée sur la période.')];
  const kept = whole.printed ?? whole.columns.map((_, index) => index);
  const table = {
    ...whole,
    columns: kept.map((index) => whole.columns[index]!),
    rows: whole.rows.map((row) => kept.map((index) => row[index] ?? null)),
  };
  const shown = table.rows.slice(0, rows);
  const cells = shown.map((row) => row.map((cell, index) => cellText(cell, table.columns[index]!)));
  return [
    new Paragraph({
      style: STYLE.caption,
      keepNext: true,
      children: [new TextRun(frenchTypography(table.title))],
    }),
    dataTable({ columns: columnsOf(table.columns, cells), rows: cells, zebra: true }),
    ...(shown.length < table.rows.length
      ? [
          note(
            `Les ${formatInteger(shown.length)} premières lignes sur ${formatInteger(table.rows.length)}\u00a0: le tableur (export XLSX) les donne toutes.`,
          ),
        ]
      : []),
  ];
}

function chartBlock(chart: RenderedChart | undefined): FileChild[] {
  if (!chart) return [];
  return chartFigure(chart, {
    maxHeight: CHART_MAX_HEIGHT,
    emptySentence: chart.png ? null : activityChartEmptyNote(chart.spec),
  });
}

/** « du 1er janvier 2026 au 31 mars 2026 »: the chosen period, else the periods of the imports it draws on. */
export function periodPhrase(figures: ActivityFiguresDto): string {
  const starts = figures.sources.map((source) => source.periodStart).sort();
  const ends = figures.sources.map((source) => source.periodEnd).sort();
  const from = figures.from ?? starts[0] ?? figures.firstDay;
  const to = figures.to ?? ends[ends.length - 1] ?? figures.lastDay;
  if (!from || !to) return 'sur toute la période importée';
  return `du ${formatDate(from)} au ${formatDate(to)}`;
}

export function scopePhrase(figures: ActivityFiguresDto): string {
  return figures.scope ? figures.scope.actorName : 'Toutes les structures du territoire';
}

function summary(figures: ActivityFiguresDto): FileChild[] {
  const { totals } = figures;
  const { hours, note: hoursNote } = activityHours(totals);
  const collective = figures.byKind.find((count) => count.label === 'collective')?.accompaniments ?? 0;
  const who = figures.scope
    ? figures.scope.actorName
    : `les structures du territoire (${countLabel(figures.byActor.length, 'structure', 'structures')})`;
  const unknowns = activityUnknowns(figures);
  const untyped = countLabel(unknowns.untypedActivities, 'activité', 'activités');
  const kinds = !unknowns.typeKnown
    ? ` (individuelles ou collectives\u00a0: non précisé)`
    : `\u00a0: ${countLabel(totals.individualActivities, 'accompagnement individuel', 'accompagnements individuels')} et ${countLabel(totals.collectiveActivities, 'atelier collectif', 'ateliers collectifs')} (${countLabel(collective, 'participant', 'participants')})${
        unknowns.untypedActivities > 0 ? `, plus ${untyped} de type non précisé` : ''
      }`;
  const procedures = !unknowns.themeKnown
    ? 'La thématique des accompagnements n’est pas renseignée\u00a0: la part de l’aide aux démarches administratives n’est pas connue.'
    : `${countLabel(totals.procedureAccompaniments, 'accompagnement a porté', 'accompagnements ont porté')} sur l’aide aux démarches administratives${
        unknowns.unthemedAccompaniments > 0
          ? ` (thématique non renseignée pour ${countLabel(unknowns.unthemedAccompaniments, 'accompagnement', 'accompagnements')})`
          : ''
      }.`;
  return [
    body(
      `${periodPhrase(figures).replace(/^d/, 'D')}, ${who} ${figures.scope ? 'a' : 'ont'} réalisé ${countLabel(totals.accompaniments, 'accompagnement', 'accompagnements')} au cours de ${countLabel(totals.activities, 'activité', 'activités')}${kinds}.`,
    ),
    body(procedures),
    labelled('Heures d’accompagnement', hours === null ? null : `${formatDecimal(hours)}\u00a0h`, 'fp'),
    ...(hoursNote ? [note(hoursNote)] : []),
    note(
      'Un accompagnement est une personne accompagnée au cours d’une activité\u00a0: une personne venue trois fois compte trois accompagnements. Les chiffres viennent des exports des structures\u00a0; aucun nom n’est conservé.',
    ),
  ];
}

function unknowns(figures: ActivityFiguresDto): FileChild[] {
  const lines: string[] = [];
  const untimed = activityHours(figures.totals).note;
  if (untimed) lines.push(untimed);
  if (figures.unknownResidence > 0)
    lines.push(
      `La commune de résidence n’est pas renseignée pour ${countLabel(figures.unknownResidence, 'accompagnement', 'accompagnements')}.`,
    );
  const outside = figures.byCommune.filter((count) => residenceWhere(count) === 'outside');
  const unrecognised = figures.byCommune.filter((count) => residenceWhere(count) === 'unrecognised');
  if (outside.length > 0)
    lines.push(
      `${countLabel(
        outside.reduce((sum, count) => sum + count.accompaniments, 0),
        'accompagnement concerne',
        'accompagnements concernent',
      )} des personnes qui habitent hors du territoire (${outside
        .slice(0, 6)
        .map((count) => count.label)
        .join(
          ', ',
        )}${outside.length > 6 ? '…' : ''})\u00a0: ils comptent dans les totaux, pas dans les taux pour 1 000 habitants.`,
    );
  if (unrecognised.length > 0)
    lines.push(
      `La commune de résidence écrite n’est pas reconnue pour ${countLabel(
        unrecognised.reduce((sum, count) => sum + count.accompaniments, 0),
        'accompagnement',
        'accompagnements',
      )} (${unrecognised
        .slice(0, 6)
        .map((count) => `«\u00a0${count.label}\u00a0»`)
        .join(
          ', ',
        )}${unrecognised.length > 6 ? '…' : ''})\u00a0: dans le territoire ou non, on ne sait pas\u00a0; ils comptent dans les totaux, pas dans les taux pour 1 000 habitants.`,
    );
  if (figures.unknownStructureCommune > 0)
    lines.push(
      `La commune de la structure n’est pas connue pour ${countLabel(figures.unknownStructureCommune, 'accompagnement', 'accompagnements')} (ni lieu ni commune dans l’annuaire)\u00a0: ils ne sont pas comptés parmi les habitants accompagnés ailleurs.`,
    );
  const unknownAge = figures.byAge.find((count) => count.label === '' || /non communiqu/i.test(count.label));
  if (unknownAge)
    lines.push(
      `La tranche d’âge n’est pas connue pour ${countLabel(unknownAge.accompaniments, 'accompagnement', 'accompagnements')}.`,
    );
  const unknownStatus = figures.byStatus.find(
    (count) => count.label === '' || /non communiqu/i.test(count.label),
  );
  if (unknownStatus)
    lines.push(
      `Le statut n’est pas connu pour ${countLabel(unknownStatus.accompaniments, 'accompagnement', 'accompagnements')}.`,
    );
  const unknownGenre = figures.byGenre.find(
    (count) => count.label === '' || /non communiqu/i.test(count.label),
  );
  if (unknownGenre)
    lines.push(
      `Le genre n’est pas connu pour ${countLabel(unknownGenre.accompaniments, 'accompagnement', 'accompagnements')}.`,
    );
  if (lines.length === 0)
    return [body('Toutes les informations utilisées ici sont renseignées par les sources.')];
  return lines.map((line) => body(line));
}

export async function activityReportBody(
  figures: ActivityFiguresDto,
  outline: Outline,
  mapSvg: string | null = null,
): Promise<FileChild[]> {
  const specs = activityFigureCharts(figures);
  const [rendered, mapPng] = await Promise.all([
    renderCharts(specs),
    // No map of zeros: only when some resident of the territory was accompanied.
    mapSvg && figures.byCommune.some((count) => count.inTerritory && count.accompaniments > 0)
      ? svgToPngAsync(mapSvg, MAP_SCALE)
      : Promise.resolve(null),
  ]);
  const chart = (id: string) => rendered.find((entry) => entry.spec.id === id);
  const tables = new Map(activityReportTables(figures).map((table) => [table.id, table]));
  const table = (id: string, rows?: number) => tableBlock(tables.get(id)!, rows);
  const several = figures.byActor.length > 1;

  return [
    outline.heading(1, 'Synthèse', { pageBreakBefore: true }),
    ...summary(figures),
    ...table('synthese'),
    outline.heading(1, 'Au fil des mois'),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.months)),
    ...table('mois', 40),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.kinds)),
    ...(several
      ? [
          outline.heading(1, 'Par structure'),
          ...chartBlock(chart(ACTIVITY_CHART_IDS.actors)),
          ...table('structures'),
        ]
      : []),
    outline.heading(1, 'Où habitent les personnes accompagnées'),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.communes)),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.communeRates)),
    ...(mapPng
      ? figure({
          png: mapPng,
          caption: 'Carte\u00a0: accompagnements pour 1 000 habitants, par commune de résidence',
          source: null,
          description:
            'Carte des communes du territoire colorées selon le nombre de personnes accompagnées pour 1 000 habitants',
          maxHeight: CHART_MAX_HEIGHT,
        })
      : []),
    ...table('communes'),
    outline.heading(2, 'Les habitants accompagnés dans une autre commune'),
    ...(figures.helpedElsewhere.length === 0
      ? [
          body(
            'Aucune personne accompagnée n’habite une autre commune que celle de la structure qui l’a accompagnée (parmi les structures dont la commune est connue).',
          ),
        ]
      : [
          body(
            `${countLabel(figures.helpedElsewhere.length, 'commune compte', 'communes comptent')} des habitants accompagnés par une structure située dans une autre commune\u00a0: ${countLabel(
              figures.helpedElsewhere.reduce((sum, entry) => sum + entry.elsewhere, 0),
              'accompagnement',
              'accompagnements',
            )} au total. Elles peuvent signaler un besoin sans offre de proximité.`,
          ),
          ...chartBlock(chart(ACTIVITY_FIGURE_CHART_IDS.elsewhere)),
          ...table('ailleurs'),
        ]),
    outline.heading(1, 'Sur quoi'),
    ...chartBlock(chart(ACTIVITY_FIGURE_CHART_IDS.families)),
    ...table('familles'),
    // Each table under its own chart: the themes', then which procedures.
    ...chartBlock(chart(ACTIVITY_CHART_IDS.themes)),
    ...table('thematiques'),
    ...(figures.procedureDetails.length > 0
      ? chartBlock(chart(ACTIVITY_FIGURE_CHART_IDS.procedureDetails))
      : []),
    outline.heading(1, 'Qui'),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.ages)),
    ...table('ages'),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.statuses)),
    ...table('statuts'),
    ...chartBlock(chart(ACTIVITY_CHART_IDS.genres)),
    ...table('genres'),
    outline.heading(1, 'Sources et limites'),
    body(
      'Les chiffres viennent des exports d’activité des structures (La Coop de la médiation numérique, ou leurs propres tableaux), importés dans Maillage\u00a0; seuls des comptes par jour et par catégorie sont conservés, jamais le nom ni les notes d’une personne. Les populations sont celles de l’INSEE.',
    ),
    ...table('sources'),
    outline.heading(2, 'Ce qui n’est pas connu'),
    ...unknowns(figures),
  ];
}

/** The .docx of the report, ready to be saved. */
export async function activityReportFile(
  figures: ActivityFiguresDto,
  context: DocumentContext,
  mapSvg: string | null = null,
) {
  const outline = new Outline();
  const document = assembleDocument({
    territoryName: context.territory.displayName,
    title: 'Rapport d’activité',
    subtitle: `${scopePhrase(figures)} — ${periodPhrase(figures)}`,
    date: context.date,
    author: context.author,
    logo: context.logo,
    layout: 'report',
    outline,
    contentsDepth: 1,
    body: await activityReportBody(figures, outline, mapSvg),
  });
  const bytes = await documentBytes(document);
  return {
    fileName: documentFileName(
      `Rapport d’activité – ${figures.scope ? `${figures.scope.actorName} – ` : ''}${periodPhrase(figures)}`,
      context.territory.displayName,
    ),
    mimeType: DOCX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}

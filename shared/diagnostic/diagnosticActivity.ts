import { countLabel, formatDate, formatInteger } from '../format/french';

/**
 * « L'activité des lieux de médiation » in the diagnostic: what the médiateurs of the territory did over the
 * last 12 complete months before the directory's day, from the activity imports (the « Activité » screen's
 * figures over the same period). Frozen with the diagnostic; a diagnostic frozen before it has none.
 */

export interface DiagnosticActivityCommuneDto {
  code: string;
  name: string;
  population: number | null;
  /** Accompaniments of its inhabitants (commune of residence). */
  accompaniments: number;
  /** Per 1,000 inhabitants; null when the population is not known. */
  per1000: number | null;
}

export interface DiagnosticActivityFiguresDto {
  activities: number;
  accompaniments: number;
  /** Structures (actors of the directory) with an import over the period. */
  structureCount: number;
  /** Accompaniments on « Aide aux démarches administratives ». */
  procedureAccompaniments: number;
  /** The territory's communes, most accompaniments per 1,000 inhabitants first (all of them, 0 included). */
  communes: DiagnosticActivityCommuneDto[];
  /** Accompaniments of people living outside the territory, and of people whose commune is not known. */
  outsideTerritory: number;
  unknownResidence: number;
  /**
   * Accompaniments per family of La Coop thèmes: administrative procedures, digital skills (and a table's own
   * labels); an activity on themes of both families counts in each.
   */
  families: { family: 'procedures' | 'skills' | 'other'; label: string; accompaniments: number }[];
  /** The most frequent themes (an activity on two themes counts in both). */
  topThemes: { label: string; accompaniments: number }[];
  /** Imports the figures come from. */
  sources: { actorName: string; periodStart: string; periodEnd: string }[];
}

export interface DiagnosticActivityDto {
  /** The last 12 complete months before the directory's day (« 2025-12-01 » – « 2026-11-30 »). */
  from: string;
  to: string;
  /** Null when no activity is imported over the period (never zeros). */
  figures: DiagnosticActivityFiguresDto | null;
}

export const ACTIVITY_BLOCK_TITLE = 'L’activité des lieux de médiation';
export const ACTIVITY_SOURCE_LABEL =
  'Exports d’activité des structures (La Coop de la médiation numérique, tableaux)';
/** What an old frozen diagnostic says in place of the block. */
export const ACTIVITY_NOT_FROZEN =
  'Non disponible dans ce diagnostic figé\u00a0: il date d’avant le suivi de l’activité.';
export const NO_ACTIVITY = 'Aucune activité recensée sur la période';

/** The 12 complete months before `today`: from the 1st of the month a year before to the end of last month. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(year, month - 1, 0));
  const start = new Date(Date.UTC(year - 1, month - 1, 1));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

export const activityPeriodText = (activity: Pick<DiagnosticActivityDto, 'from' | 'to'>) =>
  `du ${formatDate(activity.from)} au ${formatDate(activity.to)}`;

/** « 38 % » of the accompaniments; null when there are none. */
export function procedureShare(figures: DiagnosticActivityFiguresDto): number | null {
  return figures.accompaniments > 0 ? figures.procedureAccompaniments / figures.accompaniments : null;
}

const percent = (share: number) => `${formatInteger(Math.round(share * 100))}\u00a0%`;

/**
 * The block's headline, the same words on the screen, in the Word diagnostic and in the note de synthèse:
 * « 4 210 accompagnements en 12 mois par 9 structures, dont 38 % d’aide aux démarches administratives ».
 */
export function activityHeadline(figures: DiagnosticActivityFiguresDto): string {
  const share = procedureShare(figures);
  return `${countLabel(figures.accompaniments, 'accompagnement')} en 12 mois par ${countLabel(figures.structureCount, 'structure')}${
    share === null ? '' : `, dont ${percent(share)} d’aide aux démarches administratives`
  }`;
}

/**
 * « Démarches administratives : 74 accompagnements ; compétences numériques : 80 accompagnements », or null when no
 * theme was given. No share: the families add up each theme's accompaniments (as the « Activité » screen does), so
 * an activity on two themes counts twice and the families may exceed the total.
 */
export function familiesText(figures: DiagnosticActivityFiguresDto): string | null {
  const families = figures.families.filter((family) => family.accompaniments > 0);
  if (families.length === 0) return null;
  return families
    .map(
      (family, index) =>
        `${index === 0 ? family.label : family.label.toLocaleLowerCase('fr')}\u00a0: ${countLabel(family.accompaniments, 'accompagnement')}`,
    )
    .join('\u00a0; ');
}

/** The sources line: « Exports d'activité … : Médiathèque (du 1er janvier 2026 au 31 mars 2026), … ». */
export function activitySourcesText(figures: DiagnosticActivityFiguresDto): string {
  return `${ACTIVITY_SOURCE_LABEL}\u00a0: ${figures.sources
    .map(
      (source) =>
        `${source.actorName} (du ${formatDate(source.periodStart)} au ${formatDate(source.periodEnd)})`,
    )
    .join(', ')}`;
}

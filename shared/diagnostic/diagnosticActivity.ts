import { countLabel, formatDate, formatInteger } from '../format/french';
import { andList } from '../format/frenchList';

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
  /**
   * Accompaniments whose theme the imports do not give (a monthly table of counts); absent from a diagnostic
   * frozen before it was counted (read as 0).
   */
  unknownTheme?: number;
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

/** The accompaniments whose theme is known. */
const themed = (figures: DiagnosticActivityFiguresDto) =>
  figures.accompaniments - (figures.unknownTheme ?? 0);

/**
 * « 38 % » of the accompaniments whose theme is known; null when none is (no share of an unknown: a table of
 * monthly counts read « dont 0 % d’aide aux démarches administratives »).
 */
export function procedureShare(figures: DiagnosticActivityFiguresDto): number | null {
  const known = themed(figures);
  return known > 0 ? figures.procedureAccompaniments / known : null;
}

const percent = (share: number) => `${formatInteger(Math.round(share * 100))}\u00a0%`;

/**
 * The block's headline, the same words on the screen, in the Word diagnostic and in the note de synthèse:
 * « 4 210 accompagnements en 12 mois par 9 structures, dont 38 % d’aide aux démarches administratives »; when
 * the imports cover fewer months, « 30 accompagnements sur les 3 mois importés des 12 derniers… ».
 */
/**
 * The months of the 12 that the imports cover (each source's period, already cut to the 12 months; a month
 * touched counts); 12 when no source is listed.
 */
export function coveredMonths(figures: Pick<DiagnosticActivityFiguresDto, 'sources'>): number {
  if (figures.sources.length === 0) return 12;
  const months = new Set<string>();
  for (const source of figures.sources) {
    let [year, month] = source.periodStart.split('-').map(Number) as [number, number];
    const last = source.periodEnd.slice(0, 7);
    for (let guard = 0; guard < 24; guard++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      if (key > last) break;
      months.add(key);
      month += 1;
      if (month > 12) [year, month] = [year + 1, 1];
    }
  }
  return Math.min(12, months.size);
}

/** « en 12 mois », or the months the imports cover when fewer: « sur les 3 mois importés des 12 derniers ». */
function spanWords(figures: DiagnosticActivityFiguresDto): string {
  const covered = coveredMonths(figures);
  if (covered >= 12) return 'en 12 mois';
  return covered === 1
    ? 'sur le seul mois importé des 12 derniers'
    : `sur les ${covered} mois importés des 12 derniers`;
}

export function activityHeadline(figures: DiagnosticActivityFiguresDto): string {
  const share = procedureShare(figures);
  const known = themed(figures);
  const themes =
    share === null
      ? figures.accompaniments > 0
        ? ', thèmes non renseignés'
        : ''
      : `, dont ${percent(share)} d’aide aux démarches administratives${
          known < figures.accompaniments
            ? ` parmi ${known === 1 ? 'le seul accompagnement' : `les ${countLabel(known, 'accompagnement')}`} dont le thème est connu`
            : ''
        }`;
  return `${countLabel(figures.accompaniments, 'accompagnement')} ${spanWords(figures)} par ${countLabel(figures.structureCount, 'structure')}${themes}`;
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

/**
 * The communes none of whose inhabitants is known to have been accompanied, in one sentence, the same on the
 * screen and in the Word diagnostic; null when every commune has some. An accompaniment whose commune of
 * residence is not known may be any commune's: while there are some, a commune without any is « sans habitant
 * accompagné connu », and when no accompaniment has a known commune, no commune is listed as without (an
 * import without a « commune » column said « Aucun habitant du territoire accompagné »).
 */
export function communesWithoutHelpText(
  figures: Pick<DiagnosticActivityFiguresDto, 'communes' | 'unknownResidence'>,
): string | null {
  const none = figures.communes.filter((commune) => commune.accompaniments === 0);
  if (none.length === 0) return null;
  const names = none.map((commune) => commune.name).join(', ');
  const unknown = figures.unknownResidence > 0;
  if (none.length === figures.communes.length)
    return unknown
      ? `Répartition par commune inconnue\u00a0: la commune de résidence n’est connue pour aucun des ${countLabel(figures.unknownResidence, 'accompagnement')}.`
      : `Aucun habitant du territoire accompagné\u00a0: ${names}.`;
  const where = none.length === 1 ? 'une autre commune' : `les ${formatInteger(none.length)} autres communes`;
  return `Aucun habitant accompagné${unknown ? ' connu' : ''} dans ${where}\u00a0: ${names}.`;
}

/**
 * The communes of the note de synthèse: the two whose inhabitants are the most accompanied for their size, and
 * how many have none known (as `communesWithoutHelpText` counts them); null when no commune's figure is known.
 */
export function mostHelpedText(
  figures: Pick<DiagnosticActivityFiguresDto, 'communes' | 'unknownResidence'>,
  formatRate: (per1000: number) => string,
): string | null {
  const rated = figures.communes.filter((commune) => commune.per1000 !== null && commune.accompaniments > 0);
  if (rated.length === 0) return null;
  const top = rated.slice(0, 2).map((commune) => `${commune.name} (${formatRate(commune.per1000!)})`);
  const none = figures.communes.filter((commune) => commune.accompaniments === 0).length;
  const without =
    none === 0
      ? ''
      : ` ; ${countLabel(none, 'commune')} dont aucun habitant ${figures.unknownResidence > 0 ? 'n’est connu comme accompagné' : 'n’a été accompagné'}`;
  return `Le plus d’habitants accompagnés pour 1\u00a0000\u00a0: ${andList(top)}${without}.`;
}

/**
 * The accompaniments the communes' table does not hold, after `prefix` (« Hors du tableau », « Ne figurent pas
 * dans le tableau »): those of people living outside the territory, and those whose commune of residence is not
 * known, unless no commune is in the table because none is known (`communesWithoutHelpText` says so); null when
 * there are none.
 */
export function notInTableText(
  figures: Pick<DiagnosticActivityFiguresDto, 'communes' | 'outsideTerritory' | 'unknownResidence'>,
  prefix: string,
): string | null {
  const tabled = figures.communes.some((commune) => commune.accompaniments > 0);
  const parts = [
    figures.outsideTerritory > 0
      ? `${countLabel(figures.outsideTerritory, 'accompagnement')} de personnes habitant hors du territoire`
      : null,
    figures.unknownResidence > 0 && tabled
      ? `${countLabel(figures.unknownResidence, 'accompagnement')} dont la commune de résidence n’est pas connue`
      : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return tabled
    ? `${prefix}\u00a0: ${parts.join('\u00a0; ')}.`
    : `${parts.join('\u00a0; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

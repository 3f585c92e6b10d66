import type { ActivityCount, ActivityOverviewDto } from './activityDto';
import type { ThemeFamily } from './themeFamilies';

/**
 * The « Activité » figures as the screen, the Word « Rapport d'activité » and the XLSX export all show them:
 * the overview of the period, and what is derived from it (theme families, the procedures' details, the
 * communes whose inhabitants are helped elsewhere). Read once, in `electron/backend/activity/activityReportData.ts`.
 */
export interface ActivityFiguresDto extends ActivityOverviewDto {
  /** One structure (a funder's report), or null for all of them. */
  scope: { actorId: number; actorName: string } | null;
  /** The structures with imported activity, to pick a scope from (whatever the period). */
  actors: { id: number; name: string }[];
  /**
   * Accompaniments per theme family: administrative procedures (« Aide aux démarches administratives »),
   * digital skills (La Coop's other thématiques), other labels (a table's own). An activity on several themes
   * counts in each.
   */
  themeFamilies: {
    family: ThemeFamily | 'other';
    label: string;
    activities: number;
    accompaniments: number;
  }[];
  /** Which procedures (La Coop's « thématiques administratives »: logement, impôts…). */
  procedureDetails: ActivityCount[];
  /** Residence communes of people helped in a structure located in another commune, most first. */
  helpedElsewhere: HelpedElsewhereDto[];
  /** Accompaniments in structures whose commune is not known (no place and no commune in the directory). */
  unknownStructureCommune: number;
  /** Accompaniments whose commune of residence was not given. */
  unknownResidence: number;
}

export interface HelpedElsewhereDto {
  communeCode: string | null;
  communeName: string;
  inTerritory: boolean;
  /** All accompaniments of its inhabitants over the period. */
  accompaniments: number;
  /** Those in a structure of another commune. */
  elsewhere: number;
  /** Those in a structure of their own commune (the rest: a structure whose commune is not known). */
  atHome: number;
  /** The structures that helped them elsewhere, most first, with their commune (« France Services (Civray) »). */
  where: { name: string; communeName: string | null; accompaniments: number }[];
}

/** The map of accompaniments per 1,000 inhabitants (an SVG built from escaped data), or null without contours. */
export interface ActivityMapDto {
  hasContours: boolean;
  svg: string | null;
}

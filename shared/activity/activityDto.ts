import type { ActivityFileKind, ActivityMapping } from './activitySchemas';

/** Individual accompaniment or collective workshop (La Coop's « Type »); unknown when a table says nothing. */
export type ActivityKind = 'individual' | 'collective' | 'unknown';

/** A column of the file and what became of it. */
export interface ActivityColumnDto {
  header: string;
  /** Kept as a count or a category, or left out (a name, free text, a detail about a person). */
  kept: boolean;
  /** What it is read as (« Thématique ») or why it is left out (« texte libre sur la personne »). */
  reason: string;
}

/** A directory actor the file seems to belong to, best first. */
export interface ActivityActorChoiceDto {
  actorId: number;
  name: string;
  communeName: string | null;
  places: { id: number; name: string }[];
  /** Why it is proposed (« nom du lieu dans le fichier », « même commune »). */
  why: string;
}

/** What importing the file would do; nothing is written. */
export interface ActivityPreviewDto {
  kind: ActivityFileKind;
  /** Headers of the table read (the column wizard's choices). */
  headers: string[];
  /** For a table: the columns read, as chosen or guessed from the headers (null: no date column found). */
  mapping: ActivityMapping | null;
  /** 1-based line of the header in the sheet (below La Coop's export metadata). */
  headerLine: number;
  sheetName: string | null;
  rowsRead: number;
  /** Rows that became figures. */
  activityCount: number;
  accompanimentCount: number;
  participantCount: number;
  individualCount: number;
  collectiveCount: number;
  /** First and last day found in the file (null: no date could be read). */
  firstDay: string | null;
  lastDay: string | null;
  /** Rows set aside, with their line and why (first ones only). */
  refusedRows: { line: number; reason: string }[];
  refusedCount: number;
  columns: ActivityColumnDto[];
  /** Places named in the file (La Coop's « Lieu »), most frequent first; never stored. */
  placesNamed: string[];
  actorChoices: ActivityActorChoiceDto[];
  /**
   * With a table's structure column: each structure or place named in it (« » when a row names none), its rows,
   * and the actors it may be, best first. Absent otherwise.
   */
  structuresNamed?: { name: string; rows: number; actorChoices: ActivityActorChoiceDto[] }[];
  /** Accompaniments of people living in a commune recognised outside the territory. */
  residenceOutsideCount: number;
  /** Accompaniments whose commune of residence is not said, or written but not recognised. */
  residenceUnknownCount: number;
  summary: string[];
}

export interface ActivityImportDto {
  import: ActivityImportListItemDto;
  /** Every import written: one per structure with a table's structure column, else the one above. */
  imports: ActivityImportListItemDto[];
  /** Earlier imports of the same actor whose figures over the overlap were replaced. */
  replacedImports: number;
  preview: ActivityPreviewDto;
}

export interface ActivityImportListItemDto {
  id: number;
  kind: ActivityFileKind;
  actorId: number | null;
  actorName: string;
  placeName: string | null;
  fileName: string;
  periodStart: string;
  periodEnd: string;
  importedAt: string;
  activityCount: number;
  accompanimentCount: number;
}

/**
 * Figures of one category. An activity is a session (one individual accompaniment, or one workshop); its
 * accompaniments are the people helped in it (La Coop's « accompagnements »: 1 for an individual session,
 * the participants of a workshop). Per person categories (commune, age band…) have no activity count (null).
 */
export interface ActivityCount {
  label: string;
  activities: number | null;
  accompaniments: number;
}

/** The « Activité » screen's figures over the chosen period. */
export interface ActivityOverviewDto {
  /** Null when nothing is imported. */
  firstDay: string | null;
  lastDay: string | null;
  from: string | null;
  to: string | null;
  totals: {
    activities: number;
    accompaniments: number;
    individualActivities: number;
    collectiveActivities: number;
    /** Accompaniments on administrative procedures (« Aide aux démarches administratives »). */
    procedureAccompaniments: number;
    /** The known durations, summed; null when no activity has one. */
    minutes: number | null;
    /** Activities without a duration, left out of `minutes`. */
    untimedActivities: number;
  };
  /** Accompaniments per month (« 2026-03 ») and type, every month from the first to the last with figures. */
  byMonth: { month: string; individual: number; collective: number; unknown: number }[];
  byActor: ActivityCount[];
  byKind: ActivityCount[];
  byTheme: ActivityCount[];
  /** `population`: the commune's (INSEE, territory communes only), for the rate per 1,000 inhabitants. */
  byCommune: (ActivityCount & {
    communeCode: string | null;
    inTerritory: boolean;
    population: number | null;
  })[];
  byAge: ActivityCount[];
  byStatus: ActivityCount[];
  byGenre: ActivityCount[];
  /** The imports the figures come from, each with its actor and period (written under the charts). */
  sources: ActivityImportListItemDto[];
}

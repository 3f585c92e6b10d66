import type { Generated } from 'kysely';
import type { ColumnSpec } from '../db/tableColumns';
import type { ActivityFileKind } from '../../../shared/activity/activitySchemas';
import type { ActivityKind } from '../../../shared/activity/activityDto';

/**
 * The activity tables (migrations 017, 022) as Kysely sees them; `db/schema.ts`'s DB extends them and
 * `db/tableColumns.ts` spreads their columns, so the schema guard holds them to the database like the others.
 */

export interface ActivityImportTable {
  id: Generated<number>;
  kind: ActivityFileKind;
  actorId: number | null;
  actorName: string;
  placeId: number | null;
  placeName: string | null;
  fileName: string;
  periodStart: string;
  periodEnd: string;
  importedAt: string;
  /** JSON: the file's columns left out and why, as the report said. */
  columnsLeftOut: Generated<string>;
}

export interface ActivityDayTable {
  importId: number;
  day: string;
  kind: ActivityKind;
  channel: Generated<string>;
  activities: number;
  participants: number;
  /** The durations known, summed (null when none is). */
  minutes: number | null;
  /** Activities without a duration (migration 023): the minutes leave them out. */
  untimedActivities: Generated<number>;
}

export interface ActivityThemeTable {
  importId: number;
  day: string;
  kind: ActivityKind;
  theme: string;
  communeCode: string | null;
  communeLabel: Generated<string>;
  activities: number;
  accompaniments: number;
}

export interface ActivityPublicTable {
  importId: number;
  day: string;
  kind: ActivityKind;
  communeCode: string | null;
  communeLabel: Generated<string>;
  ageBand: Generated<string>;
  status: Generated<string>;
  genre: Generated<string>;
  accompaniments: number;
}

/** Per day, type and theme family, an activity once per family it touches (migration 022). */
export interface ActivityFamilyTable {
  importId: number;
  day: string;
  kind: ActivityKind;
  family: 'procedures' | 'skills' | 'other';
  activities: number;
  accompaniments: number;
}

export interface ActivityTables {
  activityImport: ActivityImportTable;
  activityDay: ActivityDayTable;
  activityTheme: ActivityThemeTable;
  activityPublic: ActivityPublicTable;
  activityFamily: ActivityFamilyTable;
}

type Columns<T> = { [Column in keyof T]-?: ColumnSpec<T[Column]> };

export const ACTIVITY_TABLE_COLUMNS = {
  activityImport: {
    id: 'integer generated',
    kind: 'text',
    actorId: 'integer null',
    actorName: 'text',
    placeId: 'integer null',
    placeName: 'text null',
    fileName: 'text',
    periodStart: 'text',
    periodEnd: 'text',
    importedAt: 'text',
    columnsLeftOut: 'text generated',
  },
  activityDay: {
    importId: 'integer',
    day: 'text',
    kind: 'text',
    channel: 'text generated',
    activities: 'integer',
    participants: 'integer',
    minutes: 'integer null',
    untimedActivities: 'integer generated',
  },
  activityTheme: {
    importId: 'integer',
    day: 'text',
    kind: 'text',
    theme: 'text',
    communeCode: 'text null',
    communeLabel: 'text generated',
    activities: 'integer',
    accompaniments: 'integer',
  },
  activityPublic: {
    importId: 'integer',
    day: 'text',
    kind: 'text',
    communeCode: 'text null',
    communeLabel: 'text generated',
    ageBand: 'text generated',
    status: 'text generated',
    genre: 'text generated',
    accompaniments: 'integer',
  },
  activityFamily: {
    importId: 'integer',
    day: 'text',
    kind: 'text',
    family: 'text',
    activities: 'integer',
    accompaniments: 'integer',
  },
} as const satisfies { [Table in keyof ActivityTables]: Columns<ActivityTables[Table]> };

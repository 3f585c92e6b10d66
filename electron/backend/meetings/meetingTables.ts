import type { Generated } from 'kysely';
import type { ColumnSpec } from '../db/tableColumns';
import type { MeetingKind, MeetingStatus } from '../../../shared/meetings/meetingsVocabulary';

/**
 * The meetings' tables (migration 016) as Kysely sees them; `db/schema.ts`'s DB extends them and
 * `db/tableColumns.ts` spreads their columns, so the schema guard holds them to the database like the others.
 */

export interface MeetingSeriesTable {
  id: Generated<number>;
  instanceId: number;
  uid: string;
  title: string | null;
  kind: MeetingKind;
  /** RFC 5545 RRULE value, UNTIL in UTC. */
  rrule: string;
  startsOn: string;
  /** « 14:00 », Paris wall-clock time. */
  startTime: string;
  timeZone: Generated<string>;
  durationMinutes: number;
  placeId: number | null;
  placeLabel: string | null;
  placeAddress: string | null;
  revision: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingTable {
  id: Generated<number>;
  instanceId: number;
  seriesId: number | null;
  /** The day the series gives (RECURRENCE-ID); null for a single meeting. */
  occurrenceOn: string | null;
  /** The calendar UID: the series' for a date of a series, its own for a single meeting. */
  uid: string;
  title: string | null;
  kind: MeetingKind;
  /** « 2027-01-07T14:00 », Paris wall-clock time. */
  startsAt: string;
  durationMinutes: number;
  placeId: number | null;
  placeLabel: string | null;
  placeAddress: string | null;
  status: Generated<MeetingStatus>;
  revision: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingAgendaItemTable {
  id: Generated<number>;
  meetingId: number;
  position: number;
  title: string;
  detail: string | null;
  chantierId: number | null;
  actionId: number | null;
}

export interface MeetingInviteeTable {
  id: Generated<number>;
  meetingId: number;
  position: number;
  kind: 'member' | 'guest';
  memberId: number | null;
  actorId: number | null;
  name: string;
  organisation: string | null;
  email: string | null;
}

export interface MeetingTables {
  meetingSeries: MeetingSeriesTable;
  meeting: MeetingTable;
  meetingAgendaItem: MeetingAgendaItemTable;
  meetingInvitee: MeetingInviteeTable;
}

type Columns<T> = { [Column in keyof T]-?: ColumnSpec<T[Column]> };

export const MEETING_TABLE_COLUMNS = {
  meetingSeries: {
    id: 'integer generated',
    instanceId: 'integer',
    uid: 'text',
    title: 'text null',
    kind: 'text',
    rrule: 'text',
    startsOn: 'text',
    startTime: 'text',
    timeZone: 'text generated',
    durationMinutes: 'integer',
    placeId: 'integer null',
    placeLabel: 'text null',
    placeAddress: 'text null',
    revision: 'integer generated',
    createdAt: 'text',
    updatedAt: 'text',
  },
  meeting: {
    id: 'integer generated',
    instanceId: 'integer',
    seriesId: 'integer null',
    occurrenceOn: 'text null',
    uid: 'text',
    title: 'text null',
    kind: 'text',
    startsAt: 'text',
    durationMinutes: 'integer',
    placeId: 'integer null',
    placeLabel: 'text null',
    placeAddress: 'text null',
    status: 'text generated',
    revision: 'integer generated',
    createdAt: 'text',
    updatedAt: 'text',
  },
  meetingAgendaItem: {
    id: 'integer generated',
    meetingId: 'integer',
    position: 'integer',
    title: 'text',
    detail: 'text null',
    chantierId: 'integer null',
    actionId: 'integer null',
  },
  meetingInvitee: {
    id: 'integer generated',
    meetingId: 'integer',
    position: 'integer',
    kind: 'text',
    memberId: 'integer null',
    actorId: 'integer null',
    name: 'text',
    organisation: 'text null',
    email: 'text null',
  },
} as const satisfies { [Table in keyof MeetingTables]: Columns<MeetingTables[Table]> };

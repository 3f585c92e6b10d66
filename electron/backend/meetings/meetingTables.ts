import type { Generated } from 'kysely';
import type { ColumnSpec } from '../db/tableColumns';
import type {
  AttendanceStatus,
  MeetingKind,
  MeetingStatus,
} from '../../../shared/meetings/meetingsVocabulary';

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
  /** How many came, its public included (migration 019); null: not said. */
  participantsCount: number | null;
}

export interface MeetingAgendaItemTable {
  id: Generated<number>;
  meetingId: number;
  position: number;
  title: string;
  detail: string | null;
  chantierId: number | null;
  actionId: number | null;
  /** What was said on this point (migration 018). */
  notes: string | null;
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
  /** Null: not said (unknown). Migration 018. */
  attendance: AttendanceStatus | null;
  /** « Marie Dupont (Mairie de Civray) »: who stood in, as written. */
  representedBy: string | null;
}

/** A decision taken on an agenda item (migration 018). */
export interface MeetingDecisionTable {
  id: Generated<number>;
  agendaItemId: number;
  position: number;
  text: string;
}

/** A follow-up action decided at a meeting (migration 018). */
export interface MeetingActionTable {
  id: Generated<number>;
  meetingId: number;
  position: number;
  what: string;
  /** An invitee's name or free text, copied. */
  who: string | null;
  dueOn: string | null;
  /** The day it was closed; null while open. */
  doneOn: string | null;
  roadmapActionId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingTables {
  meetingSeries: MeetingSeriesTable;
  meeting: MeetingTable;
  meetingAgendaItem: MeetingAgendaItemTable;
  meetingInvitee: MeetingInviteeTable;
  meetingDecision: MeetingDecisionTable;
  meetingAction: MeetingActionTable;
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
    participantsCount: 'integer null',
  },
  meetingAgendaItem: {
    id: 'integer generated',
    meetingId: 'integer',
    position: 'integer',
    title: 'text',
    detail: 'text null',
    chantierId: 'integer null',
    actionId: 'integer null',
    notes: 'text null',
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
    attendance: 'text null',
    representedBy: 'text null',
  },
  meetingDecision: {
    id: 'integer generated',
    agendaItemId: 'integer',
    position: 'integer',
    text: 'text',
  },
  meetingAction: {
    id: 'integer generated',
    meetingId: 'integer',
    position: 'integer',
    what: 'text',
    who: 'text null',
    dueOn: 'text null',
    doneOn: 'text null',
    roadmapActionId: 'integer null',
    createdAt: 'text',
    updatedAt: 'text',
  },
} as const satisfies { [Table in keyof MeetingTables]: Columns<MeetingTables[Table]> };

import type { InstanceFrequency } from '../governance/governanceDto';
import type { AttendanceStatus, MeetingKind, MeetingStatus } from './meetingsVocabulary';
import type { RecurrencePattern, SeriesEnd } from './recurrencePattern';

/** What the « Réunions » part of a coordination body shows and edits, as plain JSON. */

/** Where a meeting is held: a place of the directory (kept readable if the place goes), or free text. */
export interface MeetingPlaceDto {
  /** The directory's place; null for free text, or once the place was removed from the directory. */
  placeId: number | null;
  /** « Médiathèque François-Mitterrand (Mairie de Civray) » or the text typed. */
  label: string;
  /** « 12 rue de la Gare, 86400 Civray », or null. */
  address: string | null;
}

export interface SeriesDto {
  id: number;
  instanceId: number;
  /** Null: the kind's label is the title. */
  title: string | null;
  kind: MeetingKind;
  pattern: RecurrencePattern;
  startsOn: string;
  /** « 14:00 », Paris time. */
  time: string;
  durationMinutes: number;
  end: SeriesEnd;
  /** The stored RFC 5545 rule (« FREQ=MONTHLY;BYDAY=1TH »), with DTSTART;TZID=Europe/Paris at startsOn and time. */
  rrule: string;
  /** « Le premier jeudi de chaque mois à 14 h, à partir du 7 janvier 2027 » */
  sentence: string;
  place: MeetingPlaceDto | null;
  /** Dates cancelled, and dates moved (original day → new start): the exceptions. */
  cancelledCount: number;
  movedCount: number;
}

/** One line of the list: a meeting, or a date of a series not opened yet (meetingId null). */
export interface MeetingListItemDto {
  /** Stable within the list: « m-12 » or « s-3-2027-01-07 ». */
  key: string;
  meetingId: number | null;
  seriesId: number | null;
  /** The date the series gives (RECURRENCE-ID), for a date of a series. */
  occurrenceOn: string | null;
  title: string;
  kind: MeetingKind;
  /** Paris wall-clock start, « 2027-01-07T14:00 ». */
  startsAt: string;
  durationMinutes: number;
  placeLabel: string | null;
  status: MeetingStatus;
  /** A date of a series held on another day or at another time than the rule says. */
  moved: boolean;
  agendaCount: number;
}

/** A member who missed their last three held meetings of the body: to call or to visit. */
export interface DriftingMemberDto {
  memberId: number;
  name: string;
  /** The three meetings missed, oldest first. */
  missed: { startsAt: string; attendance: 'absent' | 'excuse' }[];
}

export interface MeetingsOverviewDto {
  instanceId: number;
  instanceName: string;
  /** The body's rhythm as its record says it: a new series starts from it. */
  instanceFrequency: InstanceFrequency;
  /** The backend's today, YYYY-MM-DD: what is coming and what is past. */
  today: string;
  series: SeriesDto[];
  /** From today, nearest first (the next twelve months of each series, at most 24 lines). */
  upcoming: MeetingListItemDto[];
  /** Before today, latest first (at most 24 lines). */
  past: MeetingListItemDto[];
  /** Members absent or excused at their last three held meetings. */
  drifting: DriftingMemberDto[];
}

export interface AgendaItemDto {
  id: number;
  position: number;
  title: string;
  detail: string | null;
  chantierId: number | null;
  actionId: number | null;
  /** « Chantier 2 — Former les aidants » / « Fiche action 2.1 — … », read from the feuille de route; null if unlinked or gone. */
  linkLabel: string | null;
  /** What was said (the compte rendu's text for this point); null: nothing written. */
  notes: string | null;
  decisions: string[];
}

/** A person or organisation invited: a member of the body (its representatives' e-mails), or a guest. */
export interface InviteeDto {
  id: number;
  kind: 'member' | 'guest';
  memberId: number | null;
  actorId: number | null;
  /** The organisation or elected official (member), the person (guest). */
  name: string;
  /** For a guest: their organisation; for an elected member: their mandate (« Maire »). */
  organisation: string | null;
  emails: string[];
  /** For a member: its representatives' names (who signs the émargement); empty for a guest. */
  representatives: string[];
  /** Null: not said yet (unknown). */
  attendance: AttendanceStatus | null;
  /** For « représenté »: by whom, as written. */
  representedBy: string | null;
}

/** A follow-up action decided at a meeting. */
export interface MeetingActionDto {
  id: number;
  meetingId: number;
  what: string;
  who: string | null;
  dueOn: string | null;
  /** The day it was closed; null while open. */
  doneOn: string | null;
  roadmapActionId: number | null;
  /** « Fiche action 1.1 — … », or null if unlinked or gone. */
  roadmapActionLabel: string | null;
}

/** An open action with the meeting it comes from, for the body's list. */
export interface OpenActionDto extends MeetingActionDto {
  meetingTitle: string;
  meetingStartsAt: string;
}

export interface OpenActionsDto {
  instanceId: number;
  /** The backend's today: an action past its date is late. */
  today: string;
  /** Open actions of all the body's meetings, soonest due first (no date last). */
  actions: OpenActionDto[];
}

export interface MeetingDto {
  id: number;
  instanceId: number;
  instanceName: string;
  seriesId: number | null;
  occurrenceOn: string | null;
  /** The series' sentence, for a date of a series. */
  seriesSentence: string | null;
  title: string | null;
  /** The title, or the kind's label when none was given. */
  displayTitle: string;
  kind: MeetingKind;
  startsAt: string;
  durationMinutes: number;
  place: MeetingPlaceDto | null;
  status: MeetingStatus;
  moved: boolean;
  agenda: AgendaItemDto[];
  invitees: InviteeDto[];
  /** Every invitee's address, once each, in the list's order: ready to paste into a message's Cci. */
  emails: string[];
  /** Invitees without an address (« Mairie de Civray »): to reach another way. */
  withoutEmail: string[];
  /** Follow-up actions, in their order. */
  actions: MeetingActionDto[];
  /** Those said absent or excused: to send the compte rendu to (their addresses for the Cci, and those without). */
  absentees: { names: string[]; emails: string[]; withoutEmail: string[] };
  /** How many came, its public included (an atelier's); null: not said. */
  participantsCount: number | null;
  /** Bumped by each change: the SEQUENCE of the calendar file. */
  revision: number;
}

/** What the pickers offer: the directory's places and contacts, the body's members, the roadmap's actions. */
export interface MeetingChoicesDto {
  places: { placeId: number; label: string; address: string | null }[];
  contacts: { actorId: number; actorName: string; name: string; email: string | null }[];
  chantiers: { id: number; label: string; actions: { id: number; label: string }[] }[];
  members: { id: number; name: string }[];
}

/** A calendar file, ready to be saved. */
export interface CalendarFileDto {
  fileName: string;
  mimeType: string;
  content: string;
}

import type { AttendanceStatus, MeetingKind } from './meetingsVocabulary';

/**
 * The life of a body's network over a period (issue 16, item 6): meetings held per quarter and kind, attendance
 * per member, animation events and their participants, decisions and actions. Read by the « Réunions » charts,
 * the note de synthèse and the « Bilan de la coordination ». Unknown stays unknown: never written as 0 or absent.
 */

/** A member's attendance at one meeting: said, not said (« non renseigné »), or not invited to it. */
export type AttendanceCell = AttendanceStatus | 'non_renseigne' | 'non_invite';

export interface QuarterCountDto {
  /** « 2027-T1 » */
  quarter: string;
  /** « T1 2027 » */
  label: string;
  byKind: Record<MeetingKind, number>;
  total: number;
}

export interface AttendanceRowDto {
  /** Null for someone who has left the body since (`former`). */
  memberId: number | null;
  name: string;
  /** Invited as a member, and no longer one: the attendance taken meanwhile stays counted. */
  former: boolean;
  /** One per meeting of `attendance.meetings`, in their order (oldest first). */
  cells: AttendanceCell[];
  /** Over every meeting of the period whose attendance was taken: there (présent or représenté). */
  presentCount: number;
  /** Over the same meetings: attendance said (présent, représenté, excusé, absent). */
  knownCount: number;
  /** Absent or excused at its last three meetings of the period where it was invited and attendance taken. */
  driftingAway: boolean;
}

export interface AnimationEventDto {
  /** Null: a date of a series nobody opened (no row: participants unknown). */
  id: number | null;
  /** YYYY-MM-DD */
  date: string;
  kind: MeetingKind;
  title: string;
  /** The number of participants written on the meeting (its public included); null: not said. */
  participants: number | null;
  /** Invitees said présent or représenté; null while attendance was not taken. */
  presentInvitees: number | null;
}

export interface NetworkLifeDto {
  instanceId: number;
  instanceName: string;
  /** As asked (YYYY-MM-DD, both included); null: unbounded. */
  period: { from: string | null; to: string | null };
  /** The first and last held meeting within the period, null when none: what « du … au … » can say. */
  span: { first: string | null; last: string | null };
  /** Held: past (or today with attendance taken) and not cancelled; a date of a series nobody opened counts. */
  heldCount: number;
  /** Of them, those whose attendance was taken (someone's was said). */
  withAttendanceCount: number;
  /** Dates of the period, up to today, that were cancelled. */
  cancelledCount: number;
  /** Every quarter from the first held meeting (or the period's start) to the last (or the period's end, if past). */
  perQuarter: QuarterCountDto[];
  attendance: {
    /** The last held meetings whose attendance was taken (at most 12), oldest first. */
    meetings: { id: number; date: string; title: string }[];
    /** The body's members, in its order. */
    members: AttendanceRowDto[];
    /** Sum of presentCount over sum of knownCount, 0–100, rounded; null when no attendance is known. */
    averagePresence: number | null;
  };
  /** Held meetings of the animation kinds (atelier, café-débat, visite apprenante, temps convivial), oldest first. */
  animations: AnimationEventDto[];
  /** Decisions recorded at the held meetings of the period. */
  decisionsCount: number;
  /**
   * Follow-up actions decided at the held meetings of the period; done: closed by the period's end (today for
   * a period still running); late: among the open ones, due before that day (`followUpStateOn`).
   */
  actions: { total: number; done: number; open: number; late: number };
}

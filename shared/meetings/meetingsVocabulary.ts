/** The kinds of meetings a coordination holds: its working meetings and the animation that feeds it (seed 000). */
export const MEETING_KINDS = [
  'pleniere',
  'groupe_travail',
  'temps_convivial',
  'atelier',
  'cafe_debat',
  'visite_apprenante',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  pleniere: 'Réunion plénière',
  groupe_travail: 'Groupe de travail',
  temps_convivial: 'Temps convivial',
  atelier: 'Atelier',
  cafe_debat: 'Café-débat',
  visite_apprenante: 'Visite apprenante',
};

/** Whether a planned meeting still holds. A cancelled date of a series stays, as an exception (EXDATE). */
export const MEETING_STATUSES = ['prevue', 'annulee'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The days of the week, Monday first, with their RFC 5545 codes. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'lundi',
  TU: 'mardi',
  WE: 'mercredi',
  TH: 'jeudi',
  FR: 'vendredi',
  SA: 'samedi',
  SU: 'dimanche',
};

/** The only time zone the meetings of a French EPCI are held in (DTSTART;TZID=Europe/Paris). */
export const MEETING_TIME_ZONE = 'Europe/Paris';

/** Who came to a meeting (the attendance of each invitee); not said yet is unknown, never « absent ». */
export const ATTENDANCE_STATUSES = ['present', 'excuse', 'absent', 'represente'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Présent',
  excuse: 'Excusé',
  absent: 'Absent',
  represente: 'Représenté',
};

/** The kinds that animate the network (seed 000) rather than steer it: their public is counted, not only invited. */
export const ANIMATION_KINDS: readonly MeetingKind[] = [
  'atelier',
  'cafe_debat',
  'visite_apprenante',
  'temps_convivial',
];

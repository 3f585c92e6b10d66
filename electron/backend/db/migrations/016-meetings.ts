/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The meetings of a coordination body (issue 16, « Réunions »): recurring series, stored as an RFC 5545 RRULE with
 * their first day and time in Paris wall-clock time (DTSTART;TZID=Europe/Paris); meetings, single or a date of a
 * series (`occurrence_on`, the day the rule gives: the RECURRENCE-ID) made a row of its own when the user opens,
 * moves or cancels it; each meeting's ordre du jour and invitees.
 *
 * Deleting a body deletes its series and meetings (CASCADE). A place, an actor, a member or a roadmap action that
 * goes leaves the meeting readable: the place's name and address, the guest's name and e-mail and the member's
 * name are copied onto the row, the link is set to NULL. Later steps of issue 16 hang off these rows: attendance
 * per invitee, notes and decisions per agenda item, follow-up actions per meeting.
 */
export const migration016Meetings = `
CREATE TABLE meeting_series (
  id INTEGER PRIMARY KEY,
  instance_id INTEGER NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
  uid TEXT NOT NULL UNIQUE,
  title TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('pleniere', 'groupe_travail', 'temps_convivial', 'atelier', 'cafe_debat', 'visite_apprenante')),
  rrule TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  start_time TEXT NOT NULL,
  time_zone TEXT NOT NULL DEFAULT 'Europe/Paris',
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  place_id INTEGER REFERENCES place (id) ON DELETE SET NULL,
  place_label TEXT,
  place_address TEXT,
  revision INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meeting_series_instance ON meeting_series (instance_id);

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  instance_id INTEGER NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
  series_id INTEGER REFERENCES meeting_series (id) ON DELETE CASCADE,
  occurrence_on TEXT,
  uid TEXT NOT NULL,
  title TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('pleniere', 'groupe_travail', 'temps_convivial', 'atelier', 'cafe_debat', 'visite_apprenante')),
  starts_at TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  place_id INTEGER REFERENCES place (id) ON DELETE SET NULL,
  place_label TEXT,
  place_address TEXT,
  status TEXT NOT NULL DEFAULT 'prevue' CHECK (status IN ('prevue', 'annulee')),
  revision INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((series_id IS NULL) = (occurrence_on IS NULL))
);
CREATE INDEX meeting_instance ON meeting (instance_id, starts_at);
CREATE UNIQUE INDEX meeting_occurrence ON meeting (series_id, occurrence_on) WHERE series_id IS NOT NULL;

CREATE TABLE meeting_agenda_item (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  detail TEXT,
  chantier_id INTEGER REFERENCES roadmap_chantier (id) ON DELETE SET NULL,
  action_id INTEGER REFERENCES roadmap_action (id) ON DELETE SET NULL
);
CREATE INDEX meeting_agenda_item_meeting ON meeting_agenda_item (meeting_id, position);

CREATE TABLE meeting_invitee (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('member', 'guest')),
  member_id INTEGER REFERENCES instance_member (id) ON DELETE SET NULL,
  actor_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  organisation TEXT,
  email TEXT
);
CREATE INDEX meeting_invitee_meeting ON meeting_invitee (meeting_id, position);
CREATE UNIQUE INDEX meeting_invitee_member ON meeting_invitee (meeting_id, member_id) WHERE member_id IS NOT NULL;
`;

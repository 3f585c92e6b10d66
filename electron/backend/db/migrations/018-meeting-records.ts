/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * Holding a meeting and reporting on it (issue 16, items 4–5), on the rows of migration 016:
 * - the attendance of each invitee, on its row: présent, excusé, absent, représenté (by whom, as written:
 *   another invitee's name or free text); NULL while nobody has said (unknown, never « absent »);
 * - the notes of each agenda item, on its row, and its decisions, one row each in their order;
 * - the follow-up actions of a meeting: what, who (an invitee's name or free text, copied), by when, done on;
 *   optionally tied to a fiche action of the feuille de route (SET NULL if the fiche goes: the action stays).
 * Everything goes with its meeting (CASCADE), and a meeting goes with its body.
 */
export const migration018MeetingRecords = `
ALTER TABLE meeting_invitee ADD COLUMN attendance TEXT
  CHECK (attendance IS NULL OR attendance IN ('present', 'excuse', 'absent', 'represente'));
ALTER TABLE meeting_invitee ADD COLUMN represented_by TEXT;

ALTER TABLE meeting_agenda_item ADD COLUMN notes TEXT;

CREATE TABLE meeting_decision (
  id INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES meeting_agenda_item (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX meeting_decision_item ON meeting_decision (agenda_item_id, position);

CREATE TABLE meeting_action (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  what TEXT NOT NULL,
  who TEXT,
  due_on TEXT,
  done_on TEXT,
  roadmap_action_id INTEGER REFERENCES roadmap_action (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meeting_action_meeting ON meeting_action (meeting_id, position);
CREATE INDEX meeting_action_open ON meeting_action (done_on, due_on);
`;

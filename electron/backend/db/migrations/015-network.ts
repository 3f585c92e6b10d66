/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * Meeting the actors (step 1 of the method): where each actor stands with the territory's network
 * (« repéré », « rencontré », « membre du réseau », « ne souhaite pas »; NULL: not said yet, « non renseigné »),
 * and the log of contacts with it (a visit, a call, a meeting…, who went, notes, the next step and its date).
 *
 * The status is a column of `actor`, not a table of its own: one value per actor, that the directory filters
 * by, read from the same row and the same index as the list's other conditions (« non renseigné » is a range
 * of the index too, where a table of its own would make it a « has no row » test on every actor). The status
 * joins `actor_keys`, the index that holds every column the list filters on, so that the matches of another
 * filter are tested on it without reading the actor rows. The contacts go with their actor: deleting the
 * actor for good deletes them.
 */
export const migration015Network = `
ALTER TABLE actor ADD COLUMN network_status TEXT
  CHECK (network_status IN ('spotted', 'met', 'member', 'declined'));
ALTER TABLE actor ADD COLUMN network_status_changed_at TEXT;
CREATE INDEX actor_live_network ON actor (deleted_at, network_status, name_key);
DROP INDEX actor_keys;
CREATE INDEX actor_keys ON actor (id, deleted_at, name_key, commune_code, last_verified_on, updated_at, network_status);

CREATE TABLE network_contact (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  contact_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'meeting', 'email', 'other')),
  who TEXT,
  notes TEXT,
  next_step TEXT,
  next_step_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX network_contact_actor ON network_contact (actor_id, contact_on, id);
CREATE INDEX network_contact_next_step ON network_contact (next_step_on) WHERE next_step_on IS NOT NULL;
`;

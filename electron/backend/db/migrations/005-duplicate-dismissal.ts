/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * Pairs of actors the user said are not duplicates (« Ce ne sont pas des doublons »): the smaller id first,
 * so that a pair is stored once whichever way round it was shown. Purging either actor forgets the pair.
 */
export const migration005DuplicateDismissal = `
CREATE TABLE duplicate_dismissal (
  low_actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  high_actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  dismissed_at TEXT NOT NULL,
  PRIMARY KEY (low_actor_id, high_actor_id),
  CHECK (low_actor_id < high_actor_id)
) WITHOUT ROWID;
CREATE INDEX duplicate_dismissal_high ON duplicate_dismissal (high_actor_id);
`;

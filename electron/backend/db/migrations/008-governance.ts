/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The coordination body (« instance ») and its members: actors of the directory (with the people who represent them)
 * or elected officials (name, mandate, commune). A finding of the « n'oublier personne » check that the user chose to
 * live with is stored with its reason, keyed by the finding's stable key (rule and subject).
 */
export const migration008Governance = `
CREATE TABLE instance (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('strategique', 'technique', 'consultatif', 'autre')),
  frequency TEXT NOT NULL CHECK (frequency IN ('mensuelle', 'trimestrielle', 'semestrielle', 'annuelle', 'autre')),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE instance_member (
  id INTEGER PRIMARY KEY,
  instance_id INTEGER NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('actor', 'elected')),
  actor_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  representatives TEXT NOT NULL DEFAULT '[]',
  mandate TEXT,
  commune_code TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX instance_member_instance ON instance_member (instance_id, position);
CREATE UNIQUE INDEX instance_member_actor ON instance_member (instance_id, actor_id) WHERE actor_id IS NOT NULL;

CREATE TABLE instance_finding_assumed (
  instance_id INTEGER NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  assumed_at TEXT NOT NULL,
  PRIMARY KEY (instance_id, finding_key)
) WITHOUT ROWID;
`;

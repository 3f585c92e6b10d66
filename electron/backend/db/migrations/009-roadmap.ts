/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The feuille de route of the territory (one, row id 1): the working draft in normalized tables — texts,
 * objectives, chantiers holding actions (fiches action) with their funding lines and indicators, the role of each
 * member of the body in each action (one pilote at most), the signature rows edited by the user — and the adopted
 * versions, each frozen as the whole roadmap in JSON (composition and signatures included).
 */
export const migration009Roadmap = `
CREATE TABLE roadmap (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  instance_id INTEGER REFERENCES instance (id) ON DELETE SET NULL,
  state TEXT NOT NULL CHECK (state IN ('brouillon', 'adoptee')),
  version INTEGER NOT NULL,
  amended_from INTEGER,
  title TEXT NOT NULL,
  purpose TEXT,
  context TEXT,
  commitments TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE roadmap_objective (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  indicator TEXT,
  baseline REAL,
  target REAL,
  unit TEXT
);

CREATE TABLE roadmap_chantier (
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT
);

CREATE TABLE roadmap_action (
  id INTEGER PRIMARY KEY,
  chantier_id INTEGER NOT NULL REFERENCES roadmap_chantier (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  objective_id INTEGER REFERENCES roadmap_objective (id) ON DELETE SET NULL,
  description TEXT,
  publics TEXT NOT NULL DEFAULT '[]',
  commune_codes TEXT NOT NULL DEFAULT '[]',
  start_on TEXT,
  end_on TEXT,
  budget INTEGER,
  status TEXT NOT NULL CHECK (status IN ('a_lancer', 'en_cours', 'termine', 'abandonne')),
  progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX roadmap_action_chantier ON roadmap_action (chantier_id, position);
CREATE INDEX roadmap_action_objective ON roadmap_action (objective_id);

CREATE TABLE roadmap_funding (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES roadmap_action (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  status TEXT NOT NULL CHECK (status IN ('envisage', 'demande', 'acquis', 'refuse')),
  note TEXT
);
CREATE INDEX roadmap_funding_action ON roadmap_funding (action_id, position);

CREATE TABLE roadmap_indicator (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES roadmap_action (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  unit TEXT,
  target REAL,
  actual REAL
);
CREATE INDEX roadmap_indicator_action ON roadmap_indicator (action_id, position);

CREATE TABLE roadmap_role (
  action_id INTEGER NOT NULL REFERENCES roadmap_action (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES instance_member (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('pilote', 'partenaire', 'financeur', 'contributeur')),
  PRIMARY KEY (action_id, member_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX roadmap_role_one_pilot ON roadmap_role (action_id) WHERE role = 'pilote';
CREATE INDEX roadmap_role_member ON roadmap_role (member_id);

CREATE TABLE roadmap_signature (
  member_id INTEGER PRIMARY KEY REFERENCES instance_member (id) ON DELETE CASCADE,
  organisation TEXT NOT NULL,
  signatory TEXT,
  function TEXT,
  signed_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('a_signer', 'signe', 'refuse'))
);

CREATE TABLE roadmap_version (
  number INTEGER PRIMARY KEY,
  adopted_on TEXT NOT NULL,
  place TEXT NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  frozen_at TEXT NOT NULL
);
`;

/** Frozen in time: never edit a published migration, add a new one. */
export const migration002Directory = `
CREATE TABLE actor (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  search_text TEXT NOT NULL,
  siret TEXT,
  address TEXT,
  address_complement TEXT,
  postcode TEXT,
  commune_code TEXT,
  latitude REAL,
  longitude REAL,
  website TEXT,
  other_labels TEXT,
  notes TEXT,
  last_verified_on TEXT,
  source TEXT,
  external_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX actor_live_name ON actor (deleted_at, name_key);
CREATE INDEX actor_commune ON actor (commune_code);
CREATE INDEX actor_verified ON actor (last_verified_on);
CREATE INDEX actor_siret ON actor (siret);

CREATE TABLE actor_tag (
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('typology', 'role', 'public', 'support', 'programme', 'label')),
  value TEXT NOT NULL,
  PRIMARY KEY (actor_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX actor_tag_lookup ON actor_tag (kind, value, actor_id);

CREATE TABLE contact (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  email TEXT,
  phone TEXT
);
CREATE INDEX contact_actor ON contact (actor_id);

CREATE TABLE place (
  id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  address TEXT,
  address_complement TEXT,
  postcode TEXT,
  commune_code TEXT,
  latitude REAL,
  longitude REAL,
  opening_hours TEXT,
  opening_hours_valid INTEGER,
  phone TEXT,
  email TEXT,
  booking_url TEXT,
  source TEXT,
  external_id TEXT
);
CREATE INDEX place_actor ON place (actor_id);
CREATE INDEX place_commune ON place (commune_code);

CREATE TABLE place_tag (
  place_id INTEGER NOT NULL REFERENCES place (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('service', 'access', 'accompaniment', 'fee', 'itinerance')),
  value TEXT NOT NULL,
  PRIMARY KEY (place_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX place_tag_lookup ON place_tag (kind, value, place_id);

CREATE TABLE permanence (
  id INTEGER PRIMARY KEY,
  place_id INTEGER NOT NULL REFERENCES place (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  commune_code TEXT NOT NULL,
  weekdays TEXT NOT NULL,
  schedule TEXT
);
CREATE INDEX permanence_place ON permanence (place_id);
CREATE INDEX permanence_commune ON permanence (commune_code);
`;

/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The médiateurs' activity, from their exports (La Coop de la médiation numérique, or any table). Privacy by
 * design: no person is ever stored, only counts per category. The grain is the day, so that a re-import over
 * an overlapping period replaces exactly the overlapping days, and any period can be read back:
 * - `activity_day`: per import, day, type (individual / collective) and channel (« Lieu d'activité »,
 *   « À distance »…) → activities, participants and minutes;
 * - `activity_theme`: per import, day, type, theme and commune of residence → activities and accompaniments
 *   (an activity on two themes counts in both: a theme's figures never add up to the total), so that a
 *   fiche action can later count « Aide aux démarches administratives » in its own communes;
 * - `activity_public`: per import, day, type, commune of residence, age band, status and genre →
 *   accompaniments (one per person helped in an activity).
 * Categories are stored as the file labels them (La Coop's labels changed over time: « Mineur(e) » became
 * « Moins de 12 ans » and « 12 - 17 ans »); the commune of residence as today's INSEE code when it is
 * recognised, with the label as written.
 *
 * An import belongs to an actor of the directory: deleting the actor for good keeps the figures under the
 * name it had (`actor_name`), since the work was done; the import can be deleted on its own.
 */
export const migration017Activity = `
CREATE TABLE activity_import (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('coop', 'table')),
  actor_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  actor_name TEXT NOT NULL,
  place_id INTEGER REFERENCES place (id) ON DELETE SET NULL,
  place_name TEXT,
  file_name TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  columns_left_out TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX activity_import_actor ON activity_import (actor_id, period_start, period_end);

CREATE TABLE activity_day (
  import_id INTEGER NOT NULL REFERENCES activity_import (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('individual', 'collective', 'unknown')),
  channel TEXT NOT NULL DEFAULT '',
  activities INTEGER NOT NULL,
  participants INTEGER NOT NULL,
  minutes INTEGER,
  PRIMARY KEY (import_id, day, kind, channel)
) WITHOUT ROWID;
CREATE INDEX activity_day_day ON activity_day (day, import_id);

CREATE TABLE activity_theme (
  import_id INTEGER NOT NULL REFERENCES activity_import (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  theme TEXT NOT NULL,
  commune_code TEXT,
  commune_label TEXT NOT NULL DEFAULT '',
  activities INTEGER NOT NULL,
  accompaniments INTEGER NOT NULL
);
CREATE INDEX activity_theme_import ON activity_theme (import_id, day);
-- Covering, in the order the screen groups by: summing a theme over 3 years × 20 structures reads the index only.
CREATE INDEX activity_theme_groups ON activity_theme (theme, day, commune_code, kind, import_id, activities, accompaniments);

CREATE TABLE activity_public (
  import_id INTEGER NOT NULL REFERENCES activity_import (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  commune_code TEXT,
  commune_label TEXT NOT NULL DEFAULT '',
  age_band TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  genre TEXT NOT NULL DEFAULT '',
  accompaniments INTEGER NOT NULL
);
CREATE INDEX activity_public_import ON activity_public (import_id, day);
CREATE INDEX activity_public_groups ON activity_public
  (commune_code, commune_label, age_band, status, genre, day, kind, import_id, accompaniments);
`;

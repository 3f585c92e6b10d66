/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * Indicator datasets imported from per-commune files (the Indice de fragilité numérique, INSEE-style
 * tables): one dataset per source, name and year; its indicators (columns); one value per indicator and
 * commune, NULL unless the status is 'ok' (a secret or missing value is never stored as zero).
 */
export const migration006Indicators = `
CREATE TABLE indicator_dataset (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('ifn', 'generic')),
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  year INTEGER NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (source, name, year)
);

CREATE TABLE indicator (
  dataset_id INTEGER NOT NULL REFERENCES indicator_dataset (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  label TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, key)
) WITHOUT ROWID;

CREATE TABLE indicator_value (
  dataset_id INTEGER NOT NULL,
  indicator_key TEXT NOT NULL,
  commune_code TEXT NOT NULL,
  value REAL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'secret', 'missing')),
  PRIMARY KEY (dataset_id, indicator_key, commune_code),
  FOREIGN KEY (dataset_id, indicator_key) REFERENCES indicator (dataset_id, key) ON DELETE CASCADE,
  CHECK ((status = 'ok') = (value IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX indicator_value_commune ON indicator_value (commune_code);
`;

/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The diagnostic's settings, stored with the territory (issue 15): one row holding the indicator chosen for
 * fragility (`<datasetId>:<key>`, NULL for the default: the latest IFN total), the name the documents give
 * it (NULL: the indicator's own), the service watched for « fragiles et loin » and the two thresholds. No row:
 * the defaults. Every document and the screen read this row, so that they all show the same diagnostic.
 *
 * Each indicator says which way it reads (`direction`): a higher value means more fragile (a poverty rate),
 * or less fragile (a Très Haut Débit coverage rate). Indicators imported before keep « higher = more fragile »,
 * which is how they were read until now.
 */
export const migration012DiagnosticSettings = `
CREATE TABLE diagnostic_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  fragility_indicator_id TEXT,
  fragility_label TEXT,
  service TEXT NOT NULL,
  min_score REAL NOT NULL,
  min_distance_km REAL NOT NULL,
  updated_at TEXT NOT NULL
);

ALTER TABLE indicator ADD COLUMN direction TEXT NOT NULL DEFAULT 'higherIsMoreFragile'
  CHECK (direction IN ('higherIsMoreFragile', 'lowerIsMoreFragile'));
`;

/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The diagnostic's commentary (one text per section, written by the user, reused in the Word document) and the
 * frozen diagnostics: the whole DiagnosticDto, its charts and its map as JSON/SVG, as they were on that day.
 */
export const migration007DiagnosticSnapshots = `
CREATE TABLE diagnostic_commentary (
  section TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE diagnostic_snapshot (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  frozen_at TEXT NOT NULL,
  diagnostic TEXT NOT NULL,
  charts TEXT NOT NULL,
  map_svg TEXT
);
`;

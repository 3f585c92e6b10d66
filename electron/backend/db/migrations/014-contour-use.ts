/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * What the last import of commune contours used and left out (« 40 contours utilisés, 234 laissés de côté »),
 * kept in the database beside the contours it describes, so that a backup and its restore carry both
 * together. One row; `imported_at` is the contours' own import date, so the figures are shown only while the
 * stored contours are that import's. `left_out` is a JSON array of `{ reason, count }`. Until now these
 * figures were kept in a `<base>.contours.json` file beside the database: the engine reads such a file once
 * into this row at start-up, then removes it.
 */
export const migration014ContourUse = `
CREATE TABLE contour_use (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  imported_at TEXT NOT NULL,
  used_count INTEGER NOT NULL,
  merged_old_codes INTEGER NOT NULL,
  left_out TEXT NOT NULL
);
`;

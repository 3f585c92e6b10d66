/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The contours of the territory's communes, imported once from an official GeoJSON file, for the map.
 * `geometry` holds a GeoJSON MultiPolygon's coordinates (JSON), already simplified.
 */
export const migration004CommuneContours = `
CREATE TABLE commune_contour (
  code TEXT PRIMARY KEY,
  geometry TEXT NOT NULL,
  imported_at TEXT NOT NULL
) WITHOUT ROWID;
`;

/** Frozen in time: never edit a published migration, add a new one. */
export const migration001Territory = `
CREATE TABLE territory (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  epci_siren TEXT NOT NULL,
  epci_name TEXT NOT NULL,
  epci_type TEXT NOT NULL,
  display_name TEXT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0,
  contact_name TEXT,
  contact_role TEXT,
  contact_email TEXT,
  contact_phone TEXT,
  logo_mime_type TEXT,
  logo BLOB,
  chosen_at TEXT NOT NULL
);

CREATE TABLE territory_commune (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  population INTEGER NOT NULL,
  postcodes TEXT NOT NULL DEFAULT '[]'
);
`;

/**
 * Frozen in time: never edit a published migration, add a new one.
 *
 * The territory's communes were stored with the national reference's straight apostrophe
 * (« L'Isle-sur-la-Sorgue »), and every screen showed it so, while French typography and the documents use
 * the typographic one (« L’Isle-sur-la-Sorgue »). Their names now take it, as the EPCI's display name did for
 * a territory chosen since 7 December 2026; a display name the user wrote is left as it is. The reference's
 * commune names hold an apostrophe only between letters. The standard export still writes the reference's
 * spelling (`exportRows.ts`).
 */
export const migration024TypographicCommuneNames = `
UPDATE territory_commune SET name = replace(name, '''', '’') WHERE name LIKE '%''%';
UPDATE territory SET display_name = replace(display_name, '''', '’')
  WHERE display_name = epci_name AND display_name LIKE '%''%';
`;

import type Database from 'better-sqlite3';

/**
 * A territory written straight into the tables (`territory`, `territory_commune`), so that directory tests
 * and the benchmark do not depend on the territory domain or on the reference data.
 */

export interface SeedCommune {
  code: string;
  name: string;
  population?: number;
  postcodes: string[];
}

/** Six communes of a fictional intercommunality; names with accents and articles, Grenoble with two postcodes. */
export const TEST_COMMUNES: readonly SeedCommune[] = [
  { code: '38053', name: 'Bourgoin-Jallieu', postcodes: ['38300'] },
  { code: '38151', name: 'Échirolles', postcodes: ['38130'] },
  { code: '38185', name: 'Grenoble', postcodes: ['38000', '38100'] },
  { code: '38001', name: 'Les Abrets en Dauphiné', postcodes: ['38490'] },
  { code: '38382', name: 'Saint-Égrève', postcodes: ['38120'] },
  { code: '38544', name: 'Vienne', postcodes: ['38200'] },
];

/** A commune that exists in France but not in the test territory. */
export const OUTSIDE_COMMUNE = '75056';

export function seedTerritory(
  sqlite: Database.Database,
  communes: readonly SeedCommune[] = TEST_COMMUNES,
  epci: { siren: string; name: string } = { siren: '200000001', name: 'Communauté de communes de test' },
): void {
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO territory (id, epci_siren, epci_name, epci_type, display_name, is_demo, chosen_at)
         VALUES (1, ?, ?, 'CC', ?, 0, ?)`,
      )
      .run(epci.siren, epci.name, epci.name, '2026-01-05T09:00:00.000Z');
    const insert = sqlite.prepare(
      'INSERT INTO territory_commune (code, name, population, postcodes) VALUES (?, ?, ?, ?)',
    );
    for (const commune of communes)
      insert.run(commune.code, commune.name, commune.population ?? 1000, JSON.stringify(commune.postcodes));
  })();
}

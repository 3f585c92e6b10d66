import type { DataStore } from '../db/dataStore';
import type { ActivityOverviewInput } from '../../../shared/activity/activitySchemas';
import { filterOf } from './activityOverviewRepository';

/**
 * What the report needs besides the overview: the activities and accompaniments per theme family, the
 * accompaniments per import and commune of residence, and each import's structure commune (its place's, else
 * its actor's), to find the people helped away from home.
 */

/** Per theme family (migration 022: an activity once per family), over the screen's period and structure. */
export function familyTotals(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  input: ActivityOverviewInput | undefined,
): { family: 'procedures' | 'skills' | 'other'; activities: number; accompaniments: number }[] {
  const { where, params } = filterOf(input);
  return sqlite
    .prepare(
      `SELECT t.family AS family, SUM(t.activities) AS activities, SUM(t.accompaniments) AS accompaniments
       FROM activity_family t ${where} GROUP BY t.family`,
    )
    .all(...params) as {
    family: 'procedures' | 'skills' | 'other';
    activities: number;
    accompaniments: number;
  }[];
}

export interface ResidenceByImport {
  importId: number;
  code: string | null;
  label: string;
  accompaniments: number;
}

export interface StructureCommune {
  importId: number;
  communeCode: string | null;
  communeName: string | null;
}

export function residencesByImport(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  input: ActivityOverviewInput | undefined,
): ResidenceByImport[] {
  const { where, params } = filterOf(input);
  return sqlite
    .prepare(
      `SELECT t.import_id AS importId, t.commune_code AS code, t.commune_label AS label,
         SUM(t.accompaniments) AS accompaniments
       FROM activity_public t ${where} GROUP BY t.commune_code, t.commune_label, t.import_id`,
    )
    .all(...params) as ResidenceByImport[];
}

export function structureCommunes({ sqlite }: Pick<DataStore, 'sqlite'>): StructureCommune[] {
  return sqlite
    .prepare(
      `SELECT i.id AS importId, COALESCE(p.commune_code, a.commune_code) AS communeCode,
         tc.name AS communeName
       FROM activity_import i
       LEFT JOIN place p ON p.id = i.place_id
       LEFT JOIN actor a ON a.id = i.actor_id
       LEFT JOIN territory_commune tc ON tc.code = COALESCE(p.commune_code, a.commune_code)`,
    )
    .all() as StructureCommune[];
}

/** The territory's communes by code, with their name. */
export function territoryCommuneNames({ sqlite }: Pick<DataStore, 'sqlite'>): Map<string, string> {
  const rows = sqlite.prepare('SELECT code, name FROM territory_commune').all() as {
    code: string;
    name: string;
  }[];
  return new Map(rows.map((row) => [row.code, row.name]));
}

/** An actor's name, even in the Corbeille (null once purged). */
export function actorNameOf({ sqlite }: Pick<DataStore, 'sqlite'>, id: number): string | null {
  return (
    (sqlite.prepare('SELECT name FROM actor WHERE id = ?').get(id) as { name: string } | undefined)?.name ??
    null
  );
}

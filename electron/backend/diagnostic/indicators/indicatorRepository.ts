import type { IndicatorDatasetDto, IndicatorDto } from '../../../../shared/diagnostic/indicatorDto';
import type { FragilityDirection, IndicatorFileKind } from '../../../../shared/diagnostic/indicatorSchemas';
import type { DataStore } from '../../db/dataStore';
import type { IndicatorValueRow } from './analyseIndicatorFile';

/**
 * Indicator datasets in SQLite: replaced whole in one synchronous transaction (the values, one per indicator
 * and commune, are a bulk write through prepared statements), read back as DTOs with their coverage.
 */

export interface NewDataset {
  kind: IndicatorFileKind;
  name: string;
  source: string;
  year: number;
  unit: string;
  fileName: string;
  importedAt: string;
  indicators: { key: string; label: string; unit: string; direction: FragilityDirection }[];
  values: IndicatorValueRow[];
}

interface DatasetRow {
  id: number;
  kind: IndicatorFileKind;
  name: string;
  source: string;
  year: number;
  unit: string;
  file_name: string;
  imported_at: string;
}

/** Writes the dataset, replacing one with the same source, name and year; answers its id and whether it replaced one. */
export function replaceDataset(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  dataset: NewDataset,
): { id: number; replaced: boolean } {
  return sqlite.transaction(() => {
    const previous = sqlite
      .prepare('SELECT id FROM indicator_dataset WHERE source = ? AND name = ? AND year = ?')
      .get(dataset.source, dataset.name, dataset.year) as { id: number } | undefined;
    const removed = sqlite
      .prepare('DELETE FROM indicator_dataset WHERE source = ? AND name = ? AND year = ?')
      .run(dataset.source, dataset.name, dataset.year).changes;
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO indicator_dataset (kind, name, source, year, unit, file_name, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          dataset.kind,
          dataset.name,
          dataset.source,
          dataset.year,
          dataset.unit,
          dataset.fileName,
          dataset.importedAt,
        ).lastInsertRowid,
    );
    const insertIndicator = sqlite.prepare(
      'INSERT INTO indicator (dataset_id, key, label, unit, position, direction) VALUES (?, ?, ?, ?, ?, ?)',
    );
    dataset.indicators.forEach((indicator, position) =>
      insertIndicator.run(id, indicator.key, indicator.label, indicator.unit, position, indicator.direction),
    );
    // The diagnostic's chosen indicator follows its dataset when it is imported again (a new id, same key).
    if (previous) {
      const chosen = sqlite
        .prepare('SELECT fragility_indicator_id AS chosen FROM diagnostic_settings WHERE id = 1')
        .get() as { chosen: string | null } | undefined;
      const prefix = `${previous.id}:`;
      const key = chosen?.chosen?.startsWith(prefix) ? chosen.chosen.slice(prefix.length) : null;
      if (key !== null && dataset.indicators.some((indicator) => indicator.key === key))
        sqlite
          .prepare('UPDATE diagnostic_settings SET fragility_indicator_id = ? WHERE id = 1')
          .run(`${id}:${key}`);
    }
    const insertValue = sqlite.prepare(
      'INSERT INTO indicator_value (dataset_id, indicator_key, commune_code, value, status) VALUES (?, ?, ?, ?, ?)',
    );
    for (const value of dataset.values)
      insertValue.run(id, value.key, value.communeCode, value.value, value.status);
    return { id, replaced: removed > 0 };
  })();
}

/** Deletes a dataset (its indicators and values go with it, ON DELETE CASCADE); null when there was none. */
export async function deleteDataset(
  { db }: Pick<DataStore, 'db'>,
  id: number,
): Promise<{ name: string; year: number } | null> {
  const removed = await db
    .deleteFrom('indicatorDataset')
    .where('id', '=', id)
    .returning(['name', 'year'])
    .executeTakeFirst();
  return removed ?? null;
}

/** Every dataset, newest vintage first, with its indicators and how much of the territory they cover. */
export function listDatasets({ sqlite }: Pick<DataStore, 'sqlite'>): IndicatorDatasetDto[] {
  const territoryCommuneCount = (
    sqlite.prepare('SELECT COUNT(*) AS n FROM territory_commune').get() as { n: number }
  ).n;
  const datasets = sqlite
    .prepare('SELECT * FROM indicator_dataset ORDER BY year DESC, name, source, id')
    .all() as DatasetRow[];
  const indicators = sqlite.prepare(
    `SELECT i.key, i.label, i.unit, i.direction,
            COUNT(CASE WHEN v.status = 'ok' AND t.code IS NOT NULL THEN 1 END) AS ok_count,
            COUNT(CASE WHEN v.status = 'secret' AND t.code IS NOT NULL THEN 1 END) AS secret_count,
            COUNT(CASE WHEN v.status = 'missing' AND t.code IS NOT NULL THEN 1 END) AS missing_count
       FROM indicator i
       LEFT JOIN indicator_value v ON v.dataset_id = i.dataset_id AND v.indicator_key = i.key
       LEFT JOIN territory_commune t ON t.code = v.commune_code
      WHERE i.dataset_id = ?
      GROUP BY i.key
      ORDER BY i.position`,
  );
  const communes = sqlite.prepare(
    `SELECT COUNT(DISTINCT v.commune_code) AS n FROM indicator_value v
       JOIN territory_commune t ON t.code = v.commune_code WHERE v.dataset_id = ?`,
  );
  return datasets.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    source: row.source,
    year: row.year,
    unit: row.unit,
    fileName: row.file_name,
    importedAt: row.imported_at,
    communeCount: (communes.get(row.id) as { n: number }).n,
    territoryCommuneCount,
    indicators: (
      indicators.all(row.id) as {
        key: string;
        label: string;
        unit: string;
        direction: FragilityDirection;
        ok_count: number;
        secret_count: number;
        missing_count: number;
      }[]
    ).map((indicator): IndicatorDto => ({
      key: indicator.key,
      label: indicator.label,
      unit: indicator.unit || row.unit,
      direction: indicator.direction,
      okCount: indicator.ok_count,
      secretCount: indicator.secret_count,
      missingCount: indicator.missing_count,
      coverage: territoryCommuneCount > 0 ? indicator.ok_count / territoryCommuneCount : 0,
    })),
  }));
}

/** Sets which way an indicator reads; its label, or null when there is no such indicator. */
export function setIndicatorDirection(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  datasetId: number,
  key: string,
  direction: FragilityDirection,
): string | null {
  const row = sqlite
    .prepare('UPDATE indicator SET direction = ? WHERE dataset_id = ? AND key = ? RETURNING label')
    .get(direction, datasetId, key) as { label: string } | undefined;
  return row?.label ?? null;
}

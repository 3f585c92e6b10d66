import { diagnosticSettingsInput } from '../../../shared/diagnostic/diagnosticApi';
import type { DiagnosticSettingsDto } from '../../../shared/diagnostic/diagnosticDto';
import type { DataStore } from '../db/dataStore';

/**
 * The diagnostic's settings, stored with the territory (one row, migration 012): read by the screen, every
 * document and the freeze, so that they all show the same diagnostic. No row: the schema's defaults.
 */

export const DEFAULT_SETTINGS: DiagnosticSettingsDto = diagnosticSettingsInput.parse({});

interface SettingsRow {
  fragilityIndicatorId: string | null;
  fragilityLabel: string | null;
  service: string;
  minScore: number;
  minDistanceKm: number;
}

export function readSettings({ sqlite }: Pick<DataStore, 'sqlite'>): DiagnosticSettingsDto {
  const row = sqlite
    .prepare(
      `SELECT fragility_indicator_id AS fragilityIndicatorId, fragility_label AS fragilityLabel, service,
              min_score AS minScore, min_distance_km AS minDistanceKm
         FROM diagnostic_settings WHERE id = 1`,
    )
    .get() as SettingsRow | undefined;
  if (!row) return DEFAULT_SETTINGS;
  // A row written by a later vocabulary (a service renamed) falls back on the default rather than failing.
  const parsed = diagnosticSettingsInput.safeParse(row);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  settings: DiagnosticSettingsDto,
  updatedAt: string,
): DiagnosticSettingsDto {
  sqlite
    .prepare(
      `INSERT INTO diagnostic_settings
         (id, fragility_indicator_id, fragility_label, service, min_score, min_distance_km, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET
         fragility_indicator_id = excluded.fragility_indicator_id, fragility_label = excluded.fragility_label,
         service = excluded.service, min_score = excluded.min_score,
         min_distance_km = excluded.min_distance_km, updated_at = excluded.updated_at`,
    )
    .run(
      settings.fragilityIndicatorId,
      settings.fragilityLabel,
      settings.service,
      settings.minScore,
      settings.minDistanceKm,
      updatedAt,
    );
  return readSettings({ sqlite });
}

import type { DataStore } from '../db/dataStore';
import { AppFailure } from '../../../shared/result';
import { quoted } from '../../../shared/format/french';
import { monthLabel } from '../../../shared/activity/activityCharts';
import type { ActivityFileKind } from '../../../shared/activity/activitySchemas';
import type { ActivityColumnDto, ActivityImportListItemDto } from '../../../shared/activity/activityDto';
import type { ActivityRows } from './aggregateActivity';

/**
 * The activity imports and their counts (migration 017). One import is written in one transaction: the
 * earlier imports of the same actor that may hold the same figures lose them over the new period (and their
 * period shrinks, or they go when nothing is left), then the new counts are inserted. A failure leaves the file
 * as it was. May hold the same figures: the same place, or either without a place (the whole structure's export
 * then a place's, or the reverse, would count twice); two places of one structure are imported side by side, the
 * annexe's figures never replacing the main site's.
 */

export interface NewActivityImport {
  kind: ActivityFileKind;
  actorId: number;
  actorName: string;
  placeId: number | null;
  placeName: string | null;
  fileName: string;
  periodStart: string;
  periodEnd: string;
  importedAt: string;
  columnsLeftOut: ActivityColumnDto[];
  rows: ActivityRows;
}

const shiftDay = (day: string, by: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

/**
 * An earlier table of monthly figures gives each month as one number dated its 1st: a new period that begins or
 * ends within one of its months would keep that month whole beside the new figures (counted twice) or delete it
 * whole (the days the new file does not cover lost). Refused, naming the month.
 */
function refuseSplitMonth(
  sqlite: DataStore['sqlite'],
  old: { id: number; kind: ActivityFileKind; fileName: string; periodStart: string; periodEnd: string },
  entry: NewActivityImport,
): void {
  if (old.kind !== 'table') return;
  const months = [
    entry.periodStart.endsWith('-01') ? null : entry.periodStart.slice(0, 7),
    shiftDay(entry.periodEnd, 1).endsWith('-01') ? null : entry.periodEnd.slice(0, 7),
  ].filter((month): month is string => month !== null);
  for (const month of months) {
    const days = sqlite
      .prepare(`SELECT DISTINCT day FROM activity_day WHERE import_id = ? AND day BETWEEN ? AND ?`)
      .pluck()
      .all(old.id, `${month}-01`, `${month}-31`) as string[];
    if (days.length === 1 && days[0] === `${month}-01`)
      throw new AppFailure(
        'invalid_input',
        `L’import précédent ${quoted(old.fileName)} de cette structure donne ${monthLabel(month)} en un seul chiffre\u00a0: choisissez une période qui couvre tout ${monthLabel(month)} ou n’en couvre rien.`,
        { periodStart: 'Période de mois entiers attendue.' },
      );
  }
}

export function replaceActivityImport(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  entry: NewActivityImport,
  /** Imports of the same file, written just before in the same transaction: never replaced by this one. */
  spared: readonly number[] = [],
): { id: number; replacedImports: number } {
  return sqlite.transaction(() => {
    const overlapping = sqlite
      .prepare(
        `SELECT id, kind, file_name AS fileName, period_start AS periodStart, period_end AS periodEnd FROM activity_import
         WHERE actor_id = ? AND (place_id IS ? OR place_id IS NULL OR ? IS NULL)
           AND period_start <= ? AND period_end >= ?
           AND id NOT IN (SELECT value FROM json_each(?))`,
      )
      .all(
        entry.actorId,
        entry.placeId,
        entry.placeId,
        entry.periodEnd,
        entry.periodStart,
        JSON.stringify(spared),
      ) as {
      id: number;
      kind: ActivityFileKind;
      fileName: string;
      periodStart: string;
      periodEnd: string;
    }[];
    for (const old of overlapping) {
      refuseSplitMonth(sqlite, old, entry);
      for (const table of ['activity_day', 'activity_theme', 'activity_public', 'activity_family'])
        sqlite
          .prepare(`DELETE FROM ${table} WHERE import_id = ? AND day BETWEEN ? AND ?`)
          .run(old.id, entry.periodStart, entry.periodEnd);
      const keepsBefore = old.periodStart < entry.periodStart;
      const keepsAfter = old.periodEnd > entry.periodEnd;
      if (!keepsBefore && !keepsAfter) sqlite.prepare('DELETE FROM activity_import WHERE id = ?').run(old.id);
      else if (keepsBefore && !keepsAfter)
        sqlite
          .prepare('UPDATE activity_import SET period_end = ? WHERE id = ?')
          .run(shiftDay(entry.periodStart, -1), old.id);
      else if (!keepsBefore && keepsAfter)
        sqlite
          .prepare('UPDATE activity_import SET period_start = ? WHERE id = ?')
          .run(shiftDay(entry.periodEnd, 1), old.id);
      // Kept on both sides: the old import keeps its period, with a hole the new one fills.
    }
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO activity_import (kind, actor_id, actor_name, place_id, place_name, file_name, period_start,
             period_end, imported_at, columns_left_out)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          entry.kind,
          entry.actorId,
          entry.actorName,
          entry.placeId,
          entry.placeName,
          entry.fileName,
          entry.periodStart,
          entry.periodEnd,
          entry.importedAt,
          JSON.stringify(entry.columnsLeftOut),
        ).lastInsertRowid,
    );
    const day = sqlite.prepare(
      `INSERT INTO activity_day (import_id, day, kind, channel, activities, participants, minutes, untimed_activities)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of entry.rows.days)
      day.run(
        id,
        row.day,
        row.kind,
        row.channel,
        row.activities,
        row.participants,
        row.minutes,
        row.untimedActivities,
      );
    const theme = sqlite.prepare(
      `INSERT INTO activity_theme (import_id, day, kind, theme, commune_code, commune_label, activities, accompaniments)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of entry.rows.themes)
      theme.run(
        id,
        row.day,
        row.kind,
        row.theme,
        row.communeCode,
        row.communeLabel,
        row.activities,
        row.accompaniments,
      );
    const people = sqlite.prepare(
      `INSERT INTO activity_public (import_id, day, kind, commune_code, commune_label, age_band, status, genre,
         accompaniments)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of entry.rows.publics)
      people.run(
        id,
        row.day,
        row.kind,
        row.communeCode,
        row.communeLabel,
        row.ageBand,
        row.status,
        row.genre,
        row.accompaniments,
      );
    const family = sqlite.prepare(
      `INSERT INTO activity_family (import_id, day, kind, family, activities, accompaniments) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const row of entry.rows.families)
      family.run(id, row.day, row.kind, row.family, row.activities, row.accompaniments);
    return { id, replacedImports: overlapping.length };
  })();
}

export function listActivityImports({ sqlite }: Pick<DataStore, 'sqlite'>): ActivityImportListItemDto[] {
  return sqlite
    .prepare(
      `SELECT i.id AS id, i.kind AS kind, i.actor_id AS actorId, COALESCE(a.name, i.actor_name) AS actorName,
         i.place_name AS placeName, i.file_name AS fileName, i.period_start AS periodStart,
         i.period_end AS periodEnd, i.imported_at AS importedAt,
         COALESCE((SELECT SUM(activities) FROM activity_day d WHERE d.import_id = i.id), 0) AS activityCount,
         COALESCE((SELECT SUM(participants) FROM activity_day d WHERE d.import_id = i.id), 0) AS accompanimentCount
       FROM activity_import i LEFT JOIN actor a ON a.id = i.actor_id
       ORDER BY i.period_start DESC, i.id DESC`,
    )
    .all() as ActivityImportListItemDto[];
}

export function deleteActivityImport({ sqlite }: Pick<DataStore, 'sqlite'>, id: number): boolean {
  return sqlite.prepare('DELETE FROM activity_import WHERE id = ?').run(id).changes > 0;
}

export interface ActorCandidate {
  actorId: number;
  name: string;
  communeCode: string | null;
  placeId: number | null;
  placeName: string | null;
  placeCommuneCode: string | null;
  placePostcode: string | null;
}

/** Every live actor with its places (one row per place, or one row without place), to propose the file's. */
export function actorCandidates({ sqlite }: Pick<DataStore, 'sqlite'>): ActorCandidate[] {
  return sqlite
    .prepare(
      `SELECT a.id AS actorId, a.name AS name, a.commune_code AS communeCode, p.id AS placeId, p.name AS placeName,
         p.commune_code AS placeCommuneCode, p.postcode AS placePostcode
       FROM actor a LEFT JOIN place p ON p.actor_id = a.id
       WHERE a.deleted_at IS NULL ORDER BY a.id, p.position`,
    )
    .all() as ActorCandidate[];
}

/** The actor's name and, when given, its place's, or null when the actor is gone or the place not its own. */
export function actorAndPlace(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  actorId: number,
  placeId: number | null,
): { actorName: string; placeName: string | null } | null {
  const actor = sqlite.prepare('SELECT name FROM actor WHERE id = ? AND deleted_at IS NULL').get(actorId) as
    { name: string } | undefined;
  if (!actor) return null;
  if (placeId === null) return { actorName: actor.name, placeName: null };
  const place = sqlite
    .prepare('SELECT name FROM place WHERE id = ? AND actor_id = ?')
    .get(placeId, actorId) as { name: string } | undefined;
  return place ? { actorName: actor.name, placeName: place.name } : null;
}

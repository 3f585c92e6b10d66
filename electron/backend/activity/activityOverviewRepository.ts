import type { DataStore } from '../db/dataStore';
import type { ActivityCount, ActivityOverviewDto } from '../../../shared/activity/activityDto';
import type { ActivityOverviewInput } from '../../../shared/activity/activitySchemas';
import { listActivityImports } from './activityRepository';

/**
 * The « Activité » screen's figures over a period (and, optionally, one structure), summed in SQLite from the
 * daily counts of migration 017. Unknown categories come back as '' and are named by the screen.
 */

export const PROCEDURE_THEME = 'Aide aux démarches administratives';

interface Filter {
  where: string;
  params: (string | number)[];
}

function filterOf(input: ActivityOverviewInput | undefined): Filter {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (input?.from) {
    clauses.push('t.day >= ?');
    params.push(input.from);
  }
  if (input?.to) {
    clauses.push('t.day <= ?');
    params.push(input.to);
  }
  if (input?.actorId) {
    clauses.push('i.actor_id = ?');
    params.push(input.actorId);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const IMPORT_JOIN = 'JOIN activity_import i ON i.id = t.import_id';

export function activityOverview(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  input: ActivityOverviewInput | undefined,
): ActivityOverviewDto {
  const { where, params } = filterOf(input);
  const all = <T>(query: string) => sqlite.prepare(query).all(...params) as T[];

  const bounds = sqlite.prepare('SELECT MIN(day) AS first, MAX(day) AS last FROM activity_day').get() as {
    first: string | null;
    last: string | null;
  };
  const totals = all<{
    activities: number | null;
    accompaniments: number | null;
    individual: number | null;
    collective: number | null;
    minutes: number | null;
    unknownMinutes: number;
  }>(
    `SELECT SUM(t.activities) AS activities, SUM(t.participants) AS accompaniments,
       SUM(CASE WHEN t.kind = 'individual' THEN t.activities END) AS individual,
       SUM(CASE WHEN t.kind = 'collective' THEN t.activities END) AS collective,
       SUM(t.minutes) AS minutes, COUNT(*) - COUNT(t.minutes) AS unknownMinutes
     FROM activity_day t ${IMPORT_JOIN} ${where}`,
  )[0]!;
  const procedure = sqlite
    .prepare(
      `SELECT SUM(t.accompaniments) AS n FROM activity_theme t ${IMPORT_JOIN}
       ${where ? `${where} AND` : 'WHERE'} t.theme = ?`,
    )
    .get(...params, PROCEDURE_THEME) as { n: number | null };

  const months = all<{ month: string; kind: string; n: number }>(
    `SELECT substr(t.day, 1, 7) AS month, t.kind AS kind, SUM(t.participants) AS n
     FROM activity_day t ${IMPORT_JOIN} ${where} GROUP BY month, t.kind ORDER BY month`,
  );
  const byMonth = monthsBetween(months.map((m) => m.month)).map((month) => ({
    month,
    individual: 0,
    collective: 0,
    unknown: 0,
  }));
  const monthIndex = new Map(byMonth.map((entry, index) => [entry.month, index]));
  for (const row of months) {
    const entry = byMonth[monthIndex.get(row.month)!]!;
    entry[row.kind as 'individual' | 'collective' | 'unknown'] += row.n;
  }

  const counts = (query: string): ActivityCount[] =>
    all<{ label: string | null; activities: number | null; accompaniments: number }>(query).map((row) => ({
      label: row.label ?? '',
      activities: row.activities,
      accompaniments: row.accompaniments,
    }));
  const byActor = counts(
    `SELECT COALESCE(a.name, i.actor_name) AS label, SUM(t.activities) AS activities,
       SUM(t.participants) AS accompaniments
     FROM activity_day t ${IMPORT_JOIN} LEFT JOIN actor a ON a.id = i.actor_id ${where}
     GROUP BY COALESCE(i.actor_id, -i.id) ORDER BY accompaniments DESC, label`,
  );
  const byKind = counts(
    `SELECT t.kind AS label, SUM(t.activities) AS activities, SUM(t.participants) AS accompaniments
     FROM activity_day t ${IMPORT_JOIN} ${where} GROUP BY t.kind ORDER BY accompaniments DESC`,
  );
  const byTheme = counts(
    `SELECT t.theme AS label, SUM(t.activities) AS activities, SUM(t.accompaniments) AS accompaniments
     FROM activity_theme t ${IMPORT_JOIN} ${where} GROUP BY t.theme ORDER BY accompaniments DESC, label`,
  );
  const perPerson = (column: string) =>
    counts(
      `SELECT t.${column} AS label, NULL AS activities, SUM(t.accompaniments) AS accompaniments
       FROM activity_public t ${IMPORT_JOIN} ${where} GROUP BY t.${column} ORDER BY accompaniments DESC, label`,
    );
  const communes = all<{ code: string | null; label: string; inTerritory: number; accompaniments: number }>(
    `SELECT t.commune_code AS code, MAX(t.commune_label) AS label,
       EXISTS (SELECT 1 FROM territory_commune c WHERE c.code = t.commune_code) AS inTerritory,
       SUM(t.accompaniments) AS accompaniments
     FROM activity_public t ${IMPORT_JOIN} ${where}
     GROUP BY COALESCE(t.commune_code, '~' || t.commune_label) ORDER BY accompaniments DESC, label`,
  );

  const sources = listActivityImports({ sqlite }).filter(
    (entry) =>
      (!input?.from || entry.periodEnd >= input.from) &&
      (!input?.to || entry.periodStart <= input.to) &&
      (!input?.actorId || entry.actorId === input.actorId),
  );
  return {
    firstDay: bounds.first,
    lastDay: bounds.last,
    from: input?.from ?? null,
    to: input?.to ?? null,
    totals: {
      activities: totals.activities ?? 0,
      accompaniments: totals.accompaniments ?? 0,
      individualActivities: totals.individual ?? 0,
      collectiveActivities: totals.collective ?? 0,
      procedureAccompaniments: procedure.n ?? 0,
      minutes: totals.unknownMinutes > 0 ? null : (totals.minutes ?? 0),
    },
    byMonth,
    byActor,
    byKind,
    byTheme,
    byCommune: communes.map((row) => ({
      label: row.label,
      activities: null,
      accompaniments: row.accompaniments,
      communeCode: row.code,
      inTerritory: row.inTerritory === 1,
    })),
    byAge: perPerson('age_band'),
    byStatus: perPerson('status'),
    byGenre: perPerson('genre'),
    sources,
  };
}

/** Every month from the first to the last given (« 2026-01 » … « 2026-04 »), so that a quiet month shows. */
function monthsBetween(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const [firstYear, firstMonth] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  const all: string[] = [];
  for (let year = firstYear, month = firstMonth; ; month += 1) {
    if (month > 12) {
      year += 1;
      month = 1;
    }
    const key = `${year}-${String(month).padStart(2, '0')}`;
    all.push(key);
    if (key >= last) break;
  }
  return all;
}

import type { DataStore } from '../db/dataStore';
import type { ActivityCount, ActivityOverviewDto } from '../../../shared/activity/activityDto';
import type { ActivityOverviewInput } from '../../../shared/activity/activitySchemas';
import { listActivityImports } from './activityRepository';
import { byAgeBand } from '../../../shared/activity/ageBandOrder';

/**
 * The « Activité » screen's figures over a period (and, optionally, one structure), from the daily counts of
 * migration 017. Each count table is read once, grouped by everything the screen shows (a few thousand groups
 * for 3 years × 20 structures), and the totals per month, structure, theme, commune and public are summed here.
 * Unknown categories come back as '' and are named by the screen.
 */

export const PROCEDURE_THEME = 'Aide aux démarches administratives';

/** The period and structure of the screen as a WHERE on a count table `t`, with its parameters. */
export function filterOf(input: ActivityOverviewInput | undefined): {
  where: string;
  params: (string | number)[];
} {
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
    clauses.push('t.import_id IN (SELECT id FROM activity_import WHERE actor_id = ?)');
    params.push(input.actorId);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Sums `value` per key, in a list sorted by value (largest first), then label. */
function summed<T>(
  rows: T[],
  keyOf: (row: T) => string,
  add: (count: ActivityCount, row: T) => void,
): ActivityCount[] {
  const byKey = new Map<string, ActivityCount>();
  for (const row of rows) {
    const key = keyOf(row);
    let count = byKey.get(key);
    if (!count) byKey.set(key, (count = { label: key, activities: null, accompaniments: 0 }));
    add(count, row);
  }
  return [...byKey.values()].sort(
    (a, b) => b.accompaniments - a.accompaniments || a.label.localeCompare(b.label, 'fr'),
  );
}

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
  const imports = listActivityImports({ sqlite });
  const actorOf = new Map(imports.map((entry) => [entry.id, entry]));

  const days = all<{
    importId: number;
    month: string;
    kind: 'individual' | 'collective' | 'unknown';
    activities: number;
    accompaniments: number;
    minutes: number | null;
    untimed: number;
  }>(
    `SELECT t.import_id AS importId, substr(t.day, 1, 7) AS month, t.kind AS kind, SUM(t.activities) AS activities,
       SUM(t.participants) AS accompaniments, SUM(t.minutes) AS minutes, SUM(t.untimed_activities) AS untimed
     FROM activity_day t ${where} GROUP BY t.import_id, month, t.kind`,
  );
  const themes = all<{ theme: string; activities: number; accompaniments: number }>(
    `SELECT t.theme AS theme, SUM(t.activities) AS activities, SUM(t.accompaniments) AS accompaniments
     FROM activity_theme t ${where} GROUP BY t.theme`,
  );
  const publics = all<{
    code: string | null;
    label: string;
    age: string;
    status: string;
    genre: string;
    accompaniments: number;
  }>(
    `SELECT t.commune_code AS code, t.commune_label AS label, t.age_band AS age, t.status AS status,
       t.genre AS genre, SUM(t.accompaniments) AS accompaniments
     FROM activity_public t ${where} GROUP BY t.commune_code, t.commune_label, t.age_band, t.status, t.genre`,
  );
  const territory = new Map(
    (
      sqlite.prepare('SELECT code, name, population FROM territory_commune').all() as {
        code: string;
        name: string;
        population: number;
      }[]
    ).map((row) => [row.code, row]),
  );

  // The known durations, summed (null when no activity has one), and the activities they leave out.
  let minutes: number | null = null;
  let untimedActivities = 0;
  const totals = { activities: 0, accompaniments: 0, individual: 0, collective: 0 };
  const monthly = new Map<string, { individual: number; collective: number; unknown: number }>();
  for (const row of days) {
    totals.activities += row.activities;
    totals.accompaniments += row.accompaniments;
    if (row.kind === 'individual') totals.individual += row.activities;
    if (row.kind === 'collective') totals.collective += row.activities;
    if (row.minutes !== null) minutes = (minutes ?? 0) + row.minutes;
    untimedActivities += row.untimed;
    let month = monthly.get(row.month);
    if (!month) monthly.set(row.month, (month = { individual: 0, collective: 0, unknown: 0 }));
    month[row.kind] += row.accompaniments;
  }
  const withActivities = (count: ActivityCount, row: { activities: number; accompaniments: number }) => {
    count.activities = (count.activities ?? 0) + row.activities;
    count.accompaniments += row.accompaniments;
  };
  const people = (count: ActivityCount, row: { accompaniments: number }) => {
    count.accompaniments += row.accompaniments;
  };
  const byCommune = summed(publics, (row) => row.code ?? `~${row.label}`, people).map((count) => {
    const code = count.label.startsWith('~') ? null : count.label;
    const inTerritory = code ? territory.get(code) : undefined;
    const label = code
      ? (inTerritory?.name ?? publics.find((row) => row.code === code)!.label)
      : count.label.slice(1);
    return {
      ...count,
      label,
      communeCode: code,
      inTerritory: inTerritory !== undefined,
      population: inTerritory && inTerritory.population > 0 ? inTerritory.population : null,
    };
  });

  const sources = imports.filter(
    (entry) =>
      (!input?.from || entry.periodEnd >= input.from) &&
      (!input?.to || entry.periodStart <= input.to) &&
      (!input?.actorId || entry.actorId === input.actorId),
  );
  // The span of what was imported: each import's declared period (« du 1er janvier au 30 juin », as the Word
  // report says), not only the days that had an activity (the last one on 23 June).
  const starts = [bounds.first, ...imports.map((entry) => entry.periodStart)].filter((d) => d !== null);
  const ends = [bounds.last, ...imports.map((entry) => entry.periodEnd)].filter((d) => d !== null);
  return {
    firstDay: starts.length > 0 ? starts.reduce((a, b) => (b < a ? b : a)) : null,
    lastDay: ends.length > 0 ? ends.reduce((a, b) => (b > a ? b : a)) : null,
    from: input?.from ?? null,
    to: input?.to ?? null,
    totals: {
      activities: totals.activities,
      accompaniments: totals.accompaniments,
      individualActivities: totals.individual,
      collectiveActivities: totals.collective,
      procedureAccompaniments: themes.find((row) => row.theme === PROCEDURE_THEME)?.accompaniments ?? 0,
      minutes,
      untimedActivities,
    },
    byMonth: monthsBetween([...monthly.keys()]).map((month) => ({
      month,
      ...(monthly.get(month) ?? { individual: 0, collective: 0, unknown: 0 }),
    })),
    // An actor deleted for good keeps its figures under the name it had, one entry per import.
    byActor: summed(
      days,
      (row) => {
        const entry = actorOf.get(row.importId);
        return entry?.actorId ? `${entry.actorId}` : `~${row.importId}`;
      },
      withActivities,
    ).map((count) => {
      const entry = count.label.startsWith('~')
        ? actorOf.get(Number(count.label.slice(1)))
        : imports.find((candidate) => `${candidate.actorId}` === count.label);
      return { ...count, label: entry?.actorName ?? '' };
    }),
    byKind: summed(days, (row) => row.kind, withActivities),
    byTheme: summed(themes, (row) => row.theme, withActivities),
    byCommune,
    byAge: byAgeBand(summed(publics, (row) => row.age, people)),
    byStatus: summed(publics, (row) => row.status, people),
    byGenre: summed(publics, (row) => row.genre, people),
    sources,
  };
}

/** Every month from the first to the last given (« 2026-01 » … « 2026-04 »), so that a quiet month shows. */
function monthsBetween(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const [firstYear, firstMonth] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  const every: string[] = [];
  for (let year = firstYear, month = firstMonth; ; month += 1) {
    if (month > 12) {
      year += 1;
      month = 1;
    }
    const key = `${year}-${String(month).padStart(2, '0')}`;
    every.push(key);
    if (key >= last) break;
  }
  return every;
}

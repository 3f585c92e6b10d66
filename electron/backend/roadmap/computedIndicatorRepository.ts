import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ComputedIndicatorDto, IndicatorMeasure } from '../../../shared/roadmap/computedIndicator';

/**
 * The value of a fiche action's computed indicator, from the activity counts (migration 017), over the action's
 * period and communes of residence. The figure is the « Activité » screen's over the same period: with no theme
 * and no commune it reads the same table (`activity_day`); a commune filter reads the people's table, a theme
 * filter the themes' table. Unknown (null), never 0, when no import covers any day of the period.
 */

export interface IndicatorQuery {
  measure: IndicatorMeasure;
  themes: string[];
  /** The action's communes (INSEE codes of the communes of residence); empty: every commune. */
  communeCodes: string[];
  /** The action's start and end as typed (month « 2026-09 » or date); null when not set. */
  start: string | null;
  end: string | null;
  /** ISO date of the computation (the open end, and a cap on a future end). */
  today: string;
}

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
};
const firstDayOf = (value: string) => (value.length === 7 ? `${value}-01` : value);
const lastDayOf = (value: string) => (value.length === 7 ? lastDayOfMonth(value) : value);

export async function computeIndicator(
  db: Kysely<DB>,
  query: IndicatorQuery,
): Promise<{ value: number | null; computed: ComputedIndicatorDto }> {
  const base = {
    measure: query.measure,
    themes: query.themes,
    computedOn: query.today,
    from: null,
    to: null,
    sources: [],
  };
  if (query.start === null)
    return {
      value: null,
      computed: { ...base, unknownReason: 'l’action n’a pas de date de début, sa période n’est pas connue' },
    };
  const from = firstDayOf(query.start);
  const end = query.end === null ? query.today : lastDayOf(query.end);
  const to = end < query.today ? end : query.today;
  const period = { ...base, from, to };
  if (from > to)
    return { value: null, computed: { ...period, unknownReason: 'l’action n’a pas encore commencé' } };
  if (query.measure === 'activities' && query.communeCodes.length > 0)
    return {
      value: null,
      computed: {
        ...period,
        unknownReason:
          'une activité collective réunit des habitants de plusieurs communes\u00a0: comptez les accompagnements pour les communes de l’action',
      },
    };

  const sources = (
    await sql<{ actorName: string; periodStart: string; periodEnd: string }>`
      SELECT actor_name AS actorName, period_start AS periodStart, period_end AS periodEnd
      FROM activity_import WHERE period_start <= ${to} AND period_end >= ${from}
      ORDER BY actor_name, period_start`.execute(db)
  ).rows.map((source) => ({
    actorName: source.actorName,
    // The part of the import inside the action's period.
    periodStart: source.periodStart > from ? source.periodStart : from,
    periodEnd: source.periodEnd < to ? source.periodEnd : to,
  }));
  if (sources.length === 0)
    return {
      value: null,
      computed: { ...period, unknownReason: 'aucune activité importée sur la période de l’action' },
    };

  const communes =
    query.communeCodes.length > 0 ? sql`AND commune_code IN (${sql.join(query.communeCodes)})` : sql``;
  const column = query.measure === 'activities' ? sql.ref('activities') : sql.ref('accompaniments');
  let total: number | null;
  if (query.themes.length > 0)
    total = (
      await sql<{ total: number | null }>`
        SELECT SUM(${column}) AS total FROM activity_theme
        WHERE theme IN (${sql.join(query.themes)}) AND day BETWEEN ${from} AND ${to} ${communes}`.execute(db)
    ).rows[0]!.total;
  else if (query.communeCodes.length > 0)
    total = (
      await sql<{ total: number | null }>`
        SELECT SUM(accompaniments) AS total FROM activity_public
        WHERE day BETWEEN ${from} AND ${to} ${communes}`.execute(db)
    ).rows[0]!.total;
  else
    total = (
      await sql<{ total: number | null }>`
        SELECT SUM(${query.measure === 'activities' ? sql.ref('activities') : sql.ref('participants')}) AS total
        FROM activity_day WHERE day BETWEEN ${from} AND ${to}`.execute(db)
    ).rows[0]!.total;
  // Covered by an import but nothing counted: a true zero.
  return { value: total ?? 0, computed: { ...period, sources, unknownReason: null } };
}

/** The La Coop thèmes found in the imports, for the editor's choice. */
export async function activityThemes(db: Kysely<DB>): Promise<string[]> {
  const rows = (
    await sql<{
      theme: string;
    }>`SELECT DISTINCT theme FROM activity_theme WHERE theme <> '' ORDER BY theme`.execute(db)
  ).rows;
  return rows.map((row) => row.theme).sort((a, b) => a.localeCompare(b, 'fr'));
}

import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ComputedIndicatorDto, IndicatorMeasure } from '../../../shared/roadmap/computedIndicator';

/**
 * The value of a fiche action's computed indicator, from the activity counts (migration 017), over the action's
 * period and communes of residence. The figure is the « Activité » screen's over the same period: with no theme
 * and no commune it reads the same table (`activity_day`); a commune filter reads the people's table, a theme
 * filter the themes' table. Unknown (null), never 0, when no import covers any day of the period, or when the
 * imports do not say the theme or the commune of residence the indicator asks for.
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
  /**
   * What the imports counted without saying its theme or its commune of residence, which the filter asks: a
   * commune written but not recognised (« Ville inconnue ») may be one of the action's or not, so it is not
   * known either.
   */
  const residenceUnknown = sql`(commune_code IS NULL)`;
  let total: number | null;
  let uncounted: number | null = null;
  if (query.themes.length > 0) {
    const row = (
      await sql<{ total: number | null; uncounted: number | null }>`
        SELECT SUM(CASE WHEN theme IN (${sql.join(query.themes)}) ${communes} THEN ${column} END) AS total,
          SUM(CASE WHEN theme = '' ${query.communeCodes.length > 0 ? sql`OR ${residenceUnknown}` : sql``}
            THEN ${column} END) AS uncounted
        FROM activity_theme WHERE day BETWEEN ${from} AND ${to}`.execute(db)
    ).rows[0]!;
    total = row.total;
    uncounted = row.uncounted;
  } else if (query.communeCodes.length > 0) {
    const row = (
      await sql<{ total: number | null; uncounted: number | null }>`
        SELECT SUM(CASE WHEN 1 ${communes} THEN accompaniments END) AS total,
          SUM(CASE WHEN ${residenceUnknown} THEN accompaniments END) AS uncounted
        FROM activity_public WHERE day BETWEEN ${from} AND ${to}`.execute(db)
    ).rows[0]!;
    total = row.total;
    uncounted = row.uncounted;
  } else
    total = (
      await sql<{ total: number | null }>`
        SELECT SUM(${query.measure === 'activities' ? sql.ref('activities') : sql.ref('participants')}) AS total
        FROM activity_day WHERE day BETWEEN ${from} AND ${to}`.execute(db)
    ).rows[0]!.total;
  const missing =
    query.themes.length > 0
      ? 'ne disent pas le thème'
      : 'ne disent pas, ou pas sous un nom reconnu, la commune de résidence';
  // Nothing counted while the imports do not say what the filter asks: unknown, not 0 (a table of monthly counts).
  if (!total && uncounted)
    return {
      value: null,
      computed: {
        ...period,
        sources,
        unknownReason: `les imports de la période ${missing} des ${query.measure === 'activities' ? 'activités' : 'accompagnements'}`,
      },
    };
  // Covered by an import but nothing counted: a true zero; some not said: the value counts only the others.
  return {
    value: total ?? 0,
    computed: { ...period, sources, unknownReason: null, ...(uncounted ? { uncounted } : {}) },
  };
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

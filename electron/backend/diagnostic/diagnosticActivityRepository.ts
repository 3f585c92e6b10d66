import type { DataStore } from '../db/dataStore';
import { activityFigures } from '../activity/activityReportData';
import { themeClass } from '../../../shared/activity/themeFamilies';
import { lastTwelveMonths, type DiagnosticActivityDto } from '../../../shared/diagnostic/diagnosticActivity';
import { residenceWhere } from '../../../shared/activity/residenceWhere';

/**
 * The diagnostic's activity block: the « Activité » screen's figures (same reading, `activityFigures`) over the
 * last 12 complete months before the directory's day, cut to what the diagnostic shows. No import over the
 * period: no figures (the block says « aucune activité importée »), never zeros.
 */
export function diagnosticActivity(store: Pick<DataStore, 'sqlite'>, today: string): DiagnosticActivityDto {
  const period = lastTwelveMonths(today);
  const overview = activityFigures(store, period);
  if (overview.sources.length === 0) return { ...period, figures: null };
  const structures = new Set(overview.sources.map((source) => source.actorId ?? `~${source.actorName}`));
  const inTerritory = overview.byCommune.filter((commune) => commune.inTerritory);
  const territory = (
    store.sqlite.prepare('SELECT code, name, population FROM territory_commune').all() as {
      code: string;
      name: string;
      population: number;
    }[]
  ).map((commune) => {
    const counted = inTerritory.find((row) => row.communeCode === commune.code);
    const accompaniments = counted?.accompaniments ?? 0;
    const population = commune.population > 0 ? commune.population : null;
    return {
      code: commune.code,
      name: commune.name,
      population,
      accompaniments,
      per1000: population === null ? null : Math.round((accompaniments / population) * 10_000) / 10,
    };
  });
  territory.sort(
    (a, b) =>
      (b.per1000 ?? -1) - (a.per1000 ?? -1) ||
      b.accompaniments - a.accompaniments ||
      a.name.localeCompare(b.name, 'fr'),
  );
  return {
    ...period,
    figures: {
      activities: overview.totals.activities,
      accompaniments: overview.totals.accompaniments,
      structureCount: structures.size,
      procedureAccompaniments: overview.totals.procedureAccompaniments,
      unknownTheme: overview.byTheme.find((theme) => theme.label === '')?.accompaniments ?? 0,
      communes: territory,
      outsideTerritory: overview.byCommune
        .filter((commune) => residenceWhere(commune) === 'outside')
        .reduce((sum, commune) => sum + commune.accompaniments, 0),
      // Not said, or written but not recognised (« Ville inconnue »: in the territory or not, nobody knows).
      unknownResidence:
        overview.unknownResidence +
        overview.byCommune
          .filter((commune) => residenceWhere(commune) === 'unrecognised')
          .reduce((sum, commune) => sum + commune.accompaniments, 0),
      families: overview.themeFamilies.map(({ family, label, accompaniments }) => ({
        family,
        label,
        accompaniments,
      })),
      // The procedures' details (logement, impôts…) are already counted in « Aide aux démarches administratives ».
      topThemes: overview.byTheme
        .filter((theme) => theme.label !== '' && !themeClass(theme.label).detail)
        .slice(0, 5)
        .map((theme) => ({ label: theme.label, accompaniments: theme.accompaniments })),
      sources: overview.sources.map(({ actorName, periodStart, periodEnd }) => ({
        actorName,
        periodStart: periodStart > period.from ? periodStart : period.from,
        periodEnd: periodEnd < period.to ? periodEnd : period.to,
      })),
    },
  };
}

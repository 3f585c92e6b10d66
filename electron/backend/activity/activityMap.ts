import type { ActivityFiguresDto, ActivityMapDto } from '../../../shared/activity/activityFiguresDto';
import { ratePer1000 } from '../../../shared/activity/activityReportTables';
import { activitySources } from '../../../shared/activity/activityCharts';
import { formatDate } from '../../../shared/format/french';
import type { DataStore } from '../db/dataStore';
import { buildChoroplethSvg } from '../diagnostic/choroplethMap';
import { readContours } from '../map/contourRepository';

/**
 * The territory's communes coloured by accompaniments per 1,000 inhabitants (their residents', INSEE
 * population), drawn like the diagnostic's choropleth over the stored contours. A commune with no resident
 * accompanied in the imports is at 0; one whose population is not known is grey. Null without contours.
 */

export function activityMap(
  store: Pick<DataStore, 'sqlite'>,
  figures: ActivityFiguresDto,
  territory: { name: string; today: string; communes: { code: string; name: string; population: number }[] },
): ActivityMapDto {
  const contours = readContours(store);
  if (contours.size === 0) return { hasContours: false, svg: null };
  const byCode = new Map(
    figures.byCommune.filter((count) => count.communeCode).map((count) => [count.communeCode!, count]),
  );
  const sources = activitySources(figures.sources).map((source) => source.label);
  const svg = buildChoroplethSvg({
    title: `Accompagnements pour 1 000 habitants — ${territory.name}`,
    legendTitle: 'Pour 1 000 habitants',
    caption: [
      `Source\u00a0: ${sources.join('\u00a0; ')}\u00a0; INSEE, population municipale.`,
      `Commune de résidence des personnes accompagnées\u00a0; carte établie par Maillage le ${formatDate(territory.today)}.`,
    ],
    communes: territory.communes.flatMap((commune) => {
      const polygons = contours.get(commune.code);
      if (!polygons) return [];
      const count = byCode.get(commune.code);
      const population = commune.population > 0 ? commune.population : null;
      return [
        {
          code: commune.code,
          name: commune.name,
          polygons,
          value: ratePer1000(count?.accompaniments ?? 0, population),
        },
      ];
    }),
  });
  return { hasContours: true, svg };
}

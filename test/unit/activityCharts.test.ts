import { describe, expect, it } from 'vitest';
import { activityCharts, activitySources, ACTIVITY_CHART_IDS } from '../../shared/activity/activityCharts';
import type { ActivityImportListItemDto, ActivityOverviewDto } from '../../shared/activity/activityDto';
import { tableOf } from '../../shared/charts/chartTable';

const source = (
  id: number,
  actorName: string,
  periodStart: string,
  periodEnd: string,
): ActivityImportListItemDto => ({
  id,
  kind: 'coop',
  actorId: id,
  actorName,
  placeName: null,
  fileName: `export-${id}.xlsx`,
  periodStart,
  periodEnd,
  importedAt: '2026-04-05T10:00:00.000Z',
  activityCount: 10,
  accompanimentCount: 12,
});

const overview: ActivityOverviewDto = {
  firstDay: '2026-01-06',
  lastDay: '2026-03-31',
  from: null,
  to: null,
  totals: {
    activities: 10,
    accompaniments: 21,
    individualActivities: 8,
    collectiveActivities: 2,
    procedureAccompaniments: 3,
    minutes: 465,
    untimedActivities: 0,
  },
  byMonth: [
    { month: '2026-01', individual: 2, collective: 4, unknown: 0 },
    { month: '2026-02', individual: 3, collective: 0, unknown: 0 },
  ],
  byActor: [{ label: 'Médiathèque', activities: 10, accompaniments: 21 }],
  byKind: [
    { label: 'individual', activities: 8, accompaniments: 8 },
    { label: 'collective', activities: 2, accompaniments: 13 },
  ],
  byTheme: [{ label: 'E-mail', activities: 2, accompaniments: 2 }],
  byCommune: [
    {
      label: 'Grenoble',
      activities: null,
      accompaniments: 8,
      communeCode: '38185',
      inTerritory: true,
      population: 160_000,
    },
    {
      label: 'Paris',
      activities: null,
      accompaniments: 3,
      communeCode: '75056',
      inTerritory: false,
      population: null,
    },
    {
      label: 'Ville inconnue',
      activities: null,
      accompaniments: 2,
      communeCode: null,
      inTerritory: false,
      population: null,
    },
    {
      label: '',
      activities: null,
      accompaniments: 2,
      communeCode: null,
      inTerritory: false,
      population: null,
    },
  ],
  byAge: [{ label: '', activities: null, accompaniments: 2 }],
  byStatus: [],
  byGenre: [],
  sources: [source(1, 'Médiathèque', '2026-01-01', '2026-03-31')],
};

describe('the « Activité » charts', () => {
  it('say where the numbers come from and over which period, under every chart', () => {
    for (const chart of activityCharts(overview))
      expect(chart.sources[0]!.label).toBe(
        'Médiathèque — export La Coop de la médiation numérique, du 1er\u00a0janvier 2026 au 31\u00a0mars 2026',
      );
  });

  it('name months in French, the unknown « Non communiqué », communes outside the territory or not recognised as such', () => {
    const charts = Object.fromEntries(activityCharts(overview).map((chart) => [chart.id, chart]));
    expect(tableOf(charts[ACTIVITY_CHART_IDS.months]!).rows).toEqual([
      ['janvier 2026', '2', '4'],
      ['février 2026', '3', '0'],
    ]);
    expect(tableOf(charts[ACTIVITY_CHART_IDS.communes]!).rows.map((row) => row[0])).toEqual([
      'Grenoble',
      'Paris (hors territoire)',
      'Ville inconnue (commune non reconnue)',
      'Non communiqué',
    ]);
    expect(tableOf(charts[ACTIVITY_CHART_IDS.communeRates]!).rows).toEqual([['Grenoble', '0,1']]);
    expect(tableOf(charts[ACTIVITY_CHART_IDS.ages]!).rows).toEqual([['Non communiqué', '2']]);
  });

  it('keep one colour per type: the pie in the months’ order of types, its table headed by what it counts', () => {
    const reversed = { ...overview, byKind: [...overview.byKind].reverse() };
    const pie = activityCharts(reversed).find((chart) => chart.id === ACTIVITY_CHART_IDS.kinds)!;
    expect(tableOf(pie)).toEqual({
      columns: ['Type', 'Accompagnements', 'Proportion'],
      rows: [
        ['Accompagnements individuels', '8', '38,1\u00a0%'],
        ['Participants aux ateliers collectifs', '13', '61,9\u00a0%'],
      ],
    });
  });

  it('draw no bars of « 0 » for either type when no file said the type of any activity', () => {
    const untyped = {
      ...overview,
      byMonth: [
        { month: '2026-01', individual: 0, collective: 0, unknown: 12 },
        { month: '2026-02', individual: 0, collective: 0, unknown: 15 },
      ],
    };
    const months = activityCharts(untyped).find((chart) => chart.id === ACTIVITY_CHART_IDS.months)!;
    expect(tableOf(months).columns).toEqual(['Mois', 'Type non précisé']);
    // Some typed, some not: the three series.
    const mixed = {
      ...untyped,
      byMonth: [...untyped.byMonth, { month: '2026-03', individual: 2, collective: 0, unknown: 0 }],
    };
    const all = activityCharts(mixed).find((chart) => chart.id === ACTIVITY_CHART_IDS.months)!;
    expect(tableOf(all).columns).toEqual([
      'Mois',
      'Accompagnements individuels',
      'Participants aux ateliers collectifs',
      'Type non précisé',
    ]);
  });

  it('sum many imports up in one line', () => {
    const many = [1, 2, 3, 4].map((id) => source(id, `Structure ${id}`, `2025-0${id}-01`, `2026-0${id}-28`));
    expect(activitySources(many)).toEqual([
      {
        label:
          'exports d’activité de 4 structures (4 fichiers), du 1er\u00a0janvier 2025 au 28\u00a0avril 2026',
        year: null,
      },
    ]);
  });
});

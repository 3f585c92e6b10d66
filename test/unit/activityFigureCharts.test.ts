import { describe, expect, it } from 'vitest';
import { ACTIVITY_CHART_IDS } from '../../shared/activity/activityCharts';
import type { ActivityFiguresDto } from '../../shared/activity/activityFiguresDto';
import {
  ACTIVITY_FIGURE_CHART_IDS,
  activityChartEmptyNote,
  activityFigureCharts,
} from '../../shared/activity/activityFigureCharts';
import { activityReportTables, ratePer1000 } from '../../shared/activity/activityReportTables';

const figures: ActivityFiguresDto = {
  firstDay: '2026-01-06',
  lastDay: '2026-03-31',
  from: null,
  to: null,
  totals: {
    activities: 4,
    accompaniments: 7,
    individualActivities: 3,
    collectiveActivities: 1,
    procedureAccompaniments: 2,
    minutes: null,
    untimedActivities: 0,
  },
  byMonth: [{ month: '2026-01', individual: 3, collective: 4, unknown: 0 }],
  byActor: [{ label: 'CCAS', activities: 4, accompaniments: 7 }],
  byKind: [
    { label: 'collective', activities: 1, accompaniments: 4 },
    { label: 'individual', activities: 3, accompaniments: 3 },
  ],
  byTheme: [
    { label: 'Aide aux démarches administratives', activities: 2, accompaniments: 2 },
    { label: 'E-mail', activities: 2, accompaniments: 5 },
  ],
  byCommune: [
    {
      label: 'Civray',
      activities: null,
      accompaniments: 6,
      communeCode: '86078',
      inTerritory: true,
      population: 2543,
    },
    {
      label: '',
      activities: null,
      accompaniments: 1,
      communeCode: null,
      inTerritory: false,
      population: null,
    },
  ],
  byAge: [{ label: '', activities: null, accompaniments: 7 }],
  byStatus: [{ label: 'Retraité', activities: null, accompaniments: 7 }],
  byGenre: [],
  sources: [],
  scope: null,
  actors: [{ id: 1, name: 'CCAS' }],
  themeFamilies: [
    { family: 'procedures', label: 'Démarches administratives', activities: 2, accompaniments: 2 },
    { family: 'skills', label: 'Compétences numériques', activities: 2, accompaniments: 5 },
  ],
  procedureDetails: [],
  helpedElsewhere: [],
  unknownStructureCommune: 0,
  unknownResidence: 1,
};

describe('the « Activité » figures’ charts and tables', () => {
  it('puts the helped-elsewhere chart after the rates, the families and procedures after the themes', () => {
    const ids = activityFigureCharts(figures).map((spec) => spec.id);
    expect(
      ids.slice(
        ids.indexOf(ACTIVITY_CHART_IDS.communeRates),
        ids.indexOf(ACTIVITY_CHART_IDS.communeRates) + 2,
      ),
    ).toEqual([ACTIVITY_CHART_IDS.communeRates, ACTIVITY_FIGURE_CHART_IDS.elsewhere]);
    expect(
      ids.slice(ids.indexOf(ACTIVITY_CHART_IDS.themes), ids.indexOf(ACTIVITY_CHART_IDS.themes) + 3),
    ).toEqual([
      ACTIVITY_CHART_IDS.themes,
      ACTIVITY_FIGURE_CHART_IDS.families,
      ACTIVITY_FIGURE_CHART_IDS.procedureDetails,
    ]);
  });

  it('says what to do in place of an empty chart, and nothing for a chart with figures', () => {
    const charts = new Map(activityFigureCharts(figures).map((spec) => [spec.id, spec]));
    expect(activityChartEmptyNote(charts.get(ACTIVITY_FIGURE_CHART_IDS.procedureDetails)!)).toMatch(
      /^Le domaine des démarches n’est pas noté/,
    );
    expect(activityChartEmptyNote(charts.get(ACTIVITY_FIGURE_CHART_IDS.elsewhere)!)).toMatch(
      /^Aucun habitant/,
    );
    expect(activityChartEmptyNote(charts.get(ACTIVITY_FIGURE_CHART_IDS.families)!)).toBeNull();
  });

  it('writes the unknown as null (« non renseigné »), never 0, and the rate to one decimal', () => {
    const tables = new Map(activityReportTables(figures).map((table) => [table.id, table]));
    const synthese = tables.get('synthese')!.rows;
    expect(synthese.find((row) => row[0] === 'Heures d’accompagnement (durées renseignées)')![1]).toBeNull();
    const communes = tables.get('communes')!.rows;
    expect(communes[0]).toEqual(['Civray', '86078', 'Oui', 6, 2543, 2.4]);
    expect(communes[1]!.slice(0, 3)).toEqual(['Non communiqué', null, null]);
    expect(ratePer1000(6, null)).toBeNull();
    expect(tables.get('ages')!.rows).toEqual([['Non communiqué', 7]]);
  });
});

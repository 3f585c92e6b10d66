import type { ActivityFiguresDto } from './activityFiguresDto';

/**
 * What the activity imports did not say, for the rapport d'activité's sentences and key figures: the type
 * (individual or collective) of some activities, the theme of some accompaniments (a table of monthly counts says
 * neither). A figure nothing was said of is unknown, not 0: `typeKnown` and `themeKnown` are false when no
 * activity's type, no accompaniment's theme, is known.
 */
export interface ActivityUnknowns {
  /** Activities neither individual nor collective as far as the imports say. */
  untypedActivities: number;
  typeKnown: boolean;
  /** Accompaniments on no known theme. */
  unthemedAccompaniments: number;
  themeKnown: boolean;
}

export function activityUnknowns(figures: Pick<ActivityFiguresDto, 'totals' | 'byTheme'>): ActivityUnknowns {
  const { totals } = figures;
  const typed = totals.individualActivities + totals.collectiveActivities;
  const untypedActivities = Math.max(0, totals.activities - typed);
  const unthemedAccompaniments = figures.byTheme.find((count) => count.label === '')?.accompaniments ?? 0;
  return {
    untypedActivities,
    typeKnown: typed > 0 || untypedActivities === 0,
    unthemedAccompaniments,
    themeKnown: unthemedAccompaniments < totals.accompaniments || totals.accompaniments === 0,
  };
}

import type { ActivityOverviewDto } from '../../../../shared/activity/activityDto';
import { countLabel, formatDecimal, formatInteger } from '../../../../shared/format/french';
import { activityHours } from '../../../../shared/activity/activityHours';
import { activityUnknowns } from '../../../../shared/activity/activityUnknowns';

const NOT_SAID = 'non renseigné';

/**
 * The period at a glance: activities, people accompanied, individual and collective, procedures, hours. What the
 * imports never said (the type, the theme: a table of monthly counts) reads « non renseigné », never 0; what
 * they said of only some is counted, with a note of the others.
 */
export function ActivityFigures({
  figures: overview,
}: {
  figures: Pick<ActivityOverviewDto, 'totals' | 'byTheme'>;
}) {
  const { totals } = overview;
  const { hours, shortNote } = activityHours(totals);
  const unknowns = activityUnknowns(overview);
  const typed = (value: number) => (unknowns.typeKnown ? formatInteger(value) : NOT_SAID);
  const untypedNote =
    unknowns.typeKnown && unknowns.untypedActivities > 0
      ? `hors ${countLabel(unknowns.untypedActivities, 'activité')} de type non précisé`
      : null;
  const figures: { id: string; label: string; value: string; note?: string | null }[] = [
    { id: 'accompaniments', label: 'Accompagnements', value: formatInteger(totals.accompaniments) },
    { id: 'activities', label: 'Activités', value: formatInteger(totals.activities) },
    {
      id: 'individual',
      label: 'Accompagnements individuels',
      value: typed(totals.individualActivities),
      note: untypedNote,
    },
    {
      id: 'collective',
      label: 'Ateliers collectifs',
      value: typed(totals.collectiveActivities),
      note: untypedNote,
    },
    {
      id: 'procedures',
      label: 'Aide aux démarches administratives',
      value: unknowns.themeKnown ? formatInteger(totals.procedureAccompaniments) : NOT_SAID,
      note:
        unknowns.themeKnown && unknowns.unthemedAccompaniments > 0
          ? `hors ${countLabel(unknowns.unthemedAccompaniments, 'accompagnement')} sans thématique renseignée`
          : null,
    },
    {
      id: 'hours',
      label: 'Heures d’accompagnement',
      value: hours === null ? NOT_SAID : formatDecimal(hours),
      note: shortNote,
    },
  ];
  return (
    <dl className="activity-figures">
      {figures.map((figure) => (
        <div key={figure.id} className="activity-figure" data-figure={figure.id}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
          {figure.note && <dd className="activity-figure-note">{figure.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

import type { ActivityOverviewDto } from '../../../../shared/activity/activityDto';
import { formatInteger } from '../../../../shared/format/french';

/** The period at a glance: activities, people accompanied, individual and collective, procedures, hours. */
export function ActivityFigures({ totals }: { totals: ActivityOverviewDto['totals'] }) {
  const figures = [
    { id: 'accompaniments', label: 'Accompagnements', value: formatInteger(totals.accompaniments) },
    { id: 'activities', label: 'Activités', value: formatInteger(totals.activities) },
    {
      id: 'individual',
      label: 'Accompagnements individuels',
      value: formatInteger(totals.individualActivities),
    },
    { id: 'collective', label: 'Ateliers collectifs', value: formatInteger(totals.collectiveActivities) },
    {
      id: 'procedures',
      label: 'Aide aux démarches administratives',
      value: formatInteger(totals.procedureAccompaniments),
    },
    {
      id: 'hours',
      label: 'Heures d’accompagnement',
      value: totals.minutes === null ? 'non renseigné' : formatInteger(Math.round(totals.minutes / 60)),
    },
  ];
  return (
    <dl className="activity-figures">
      {figures.map((figure) => (
        <div key={figure.id} className="activity-figure" data-figure={figure.id}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

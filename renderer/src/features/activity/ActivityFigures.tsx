import type { ActivityOverviewDto } from '../../../../shared/activity/activityDto';
import { formatDecimal, formatInteger } from '../../../../shared/format/french';
import { activityHours } from '../../../../shared/activity/activityHours';

/** The period at a glance: activities, people accompanied, individual and collective, procedures, hours. */
export function ActivityFigures({ totals }: { totals: ActivityOverviewDto['totals'] }) {
  const { hours, shortNote } = activityHours(totals);
  const figures: { id: string; label: string; value: string; note?: string | null }[] = [
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
      value: hours === null ? 'non renseigné' : formatDecimal(hours),
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

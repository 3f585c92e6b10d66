import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel } from '../../../../../shared/format/french';
import { firstDayOf, formatMonthOrDate, lastDayOf } from '../../../../../shared/roadmap/roadmapDates';
import { hrefOf } from '../../../app/route';
import { SectionPanel } from './SectionPanel';
import { lateActionIds } from '../calendar/lateActions';

/** Section 6: the period the actions cover, the undated ones, and the way to the calendar. */
export function CalendarSummarySection({ roadmap, today }: { roadmap: RoadmapDto; today: string | null }) {
  const late = lateActionIds(roadmap, today).size;
  const actions = roadmap.chantiers.flatMap((c) => c.actions);
  const starts = actions
    .flatMap((a) => ((a.start ?? a.end) ? [firstDayOf((a.start ?? a.end) as string)] : []))
    .sort();
  const ends = actions
    .flatMap((a) => ((a.end ?? a.start) ? [lastDayOf((a.end ?? a.start) as string)] : []))
    .sort();
  const undated = actions.filter((a) => !a.start && !a.end).length;
  return (
    <SectionPanel
      number={6}
      title="Calendrier"
      intro="Les chantiers et leurs actions dans le temps, par mois ou par trimestre."
    >
      {starts.length === 0 ? (
        <p className="roadmap-empty">
          Aucune action n’est encore datée&nbsp;: indiquez un début et une fin dans chaque fiche action.
        </p>
      ) : (
        <ul className="roadmap-summary">
          <li>
            Les actions s’étendent de {formatMonthOrDate(starts[0]?.slice(0, 7) ?? null)} à{' '}
            {formatMonthOrDate(ends.at(-1)?.slice(0, 7) ?? null)}.
          </li>
          {late > 0 ? <li>{countLabel(late, 'action')} en retard.</li> : null}
          {undated > 0 ? <li>{countLabel(undated, 'action')} sans date.</li> : null}
        </ul>
      )}
      <p className="roadmap-section-footer">
        <a href={hrefOf({ name: 'roadmap', path: 'calendrier' })}>Ouvrir le calendrier</a>
      </p>
    </SectionPanel>
  );
}

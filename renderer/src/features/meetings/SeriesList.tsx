import type { SeriesDto } from '../../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS } from '../../../../shared/meetings/meetingsVocabulary';
import { formatDuration } from '../../../../shared/meetings/meetingTimes';
import { countLabel } from '../../../../shared/format/french';
import { Button } from '../../ui/Button';

/** The body's recurring series, each as its sentence, with its calendar file and its changes. */
export function SeriesList({
  series,
  onEdit,
  onDelete,
  onCalendar,
}: {
  series: SeriesDto[];
  onEdit: (series: SeriesDto) => void;
  onDelete: (series: SeriesDto) => void;
  onCalendar: (series: SeriesDto) => void;
}) {
  return (
    <ul className="series-list">
      {series.map((item) => {
        const exceptions = [
          item.cancelledCount > 0 ? countLabel(item.cancelledCount, 'date annulée', 'dates annulées') : null,
          item.movedCount > 0 ? countLabel(item.movedCount, 'date déplacée', 'dates déplacées') : null,
        ].filter(Boolean);
        return (
          <li key={item.id} className="series-item">
            <div>
              <p className="series-item-title">{item.title ?? MEETING_KIND_LABELS[item.kind]}</p>
              <p className="series-sentence">{item.sentence}</p>
              <p className="series-item-meta">
                {formatDuration(item.durationMinutes)}
                {item.place ? ` · ${item.place.label}` : ' · lieu à préciser'}
                {exceptions.length > 0 ? ` · ${exceptions.join(', ')}` : ''}
              </p>
            </div>
            <div className="series-item-actions">
              <Button onClick={() => onCalendar(item)}>Calendrier (.ics)</Button>
              <Button variant="ghost" onClick={() => onEdit(item)}>
                Modifier
              </Button>
              <Button variant="ghost" onClick={() => onDelete(item)}>
                Supprimer
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

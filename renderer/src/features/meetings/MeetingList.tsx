import type { MeetingListItemDto } from '../../../../shared/meetings/meetingsDto';
import { formatClock, formatMeetingDay } from '../../../../shared/meetings/meetingTimes';
import { countLabel } from '../../../../shared/format/french';
import type { Selection } from './useMeetings';

/** Meetings as a list of dates; the chosen one opens in the editor. */
export function MeetingList({
  items,
  selectedKey,
  onSelect,
  empty,
  label,
}: {
  items: MeetingListItemDto[];
  selectedKey: string | null;
  onSelect: (selection: Selection) => void;
  empty: string;
  label: string;
}) {
  if (items.length === 0) return <p className="meeting-list-empty">{empty}</p>;
  return (
    <ul className="meeting-list" aria-label={label}>
      {items.map((item) => {
        const selection: Selection =
          item.meetingId !== null
            ? { meetingId: item.meetingId }
            : { seriesId: item.seriesId!, occurrenceOn: item.occurrenceOn! };
        const cancelled = item.status === 'annulee';
        return (
          <li key={item.key}>
            <button
              type="button"
              className={`meeting-row${selectedKey === item.key ? ' meeting-row-selected' : ''}${cancelled ? ' meeting-row-cancelled' : ''}`}
              aria-current={selectedKey === item.key || undefined}
              onClick={() => onSelect(selection)}
            >
              <span className="meeting-row-date">
                {formatMeetingDay(item.startsAt)}, {formatClock(item.startsAt.slice(11, 16))}
              </span>
              <span className="meeting-row-title">
                {item.title}
                {item.placeLabel ? <span className="meeting-row-place"> · {item.placeLabel}</span> : null}
              </span>
              <span className="meeting-row-badges">
                {cancelled ? <span className="badge badge-danger">Annulée</span> : null}
                {item.moved ? <span className="badge badge-warning">Déplacée</span> : null}
                {item.seriesId === null ? <span className="badge badge-muted">Ponctuelle</span> : null}
                {item.agendaCount > 0 ? (
                  <span className="badge badge-muted">{countLabel(item.agendaCount, 'point', 'points')}</span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

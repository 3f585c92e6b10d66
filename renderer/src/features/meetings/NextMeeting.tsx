import { formatMeetingStart } from '../../../../shared/meetings/meetingTimes';
import { call } from '../../api/client';
import { useLoaded } from '../../api/useLoaded';
import { hrefOf } from '../../app/route';

/** On a body's page, under its name: the next meeting and the regular one, with the way to « Réunions ». */
export function NextMeeting({ instanceId }: { instanceId: number }) {
  const { data } = useLoaded(() => call('meetings.overview', { instanceId }), `next-meeting-${instanceId}`);
  if (!data) return null;
  const next = data.upcoming.find((meeting) => meeting.status === 'prevue');
  const regular = data.series[0]?.sentence;
  return (
    <p className="next-meeting">
      {next ? `Prochaine réunion\u00a0: ${formatMeetingStart(next.startsAt)}` : 'Aucune réunion à venir'}
      {regular ? ` · ${regular.charAt(0).toLowerCase()}${regular.slice(1)}` : ''} ·{' '}
      <a href={hrefOf({ name: 'governance', path: `${instanceId}/reunions` })}>
        {next || regular ? 'Voir les réunions' : 'Planifier les réunions'}
      </a>
    </p>
  );
}

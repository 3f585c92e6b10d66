import { useId } from 'react';
import { formatDate, quoted } from '../../../../shared/format/french';
import type { AttendanceCell, NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';
import {
  ATTENDANCE_CELL_LABELS,
  attendanceTable,
  presenceLabel,
  quarterChart,
  shortDate,
} from '../../../../shared/meetings/networkLifeCharts';
import { sourceLines } from '../../../../shared/charts/chartTable';
import { FigureNumbers } from '../../charts/FigureNumbers';

/** The mark of each status in the grid (its label is read aloud and shown on hover). */
const MARKS: Record<AttendanceCell, string> = {
  present: 'P',
  represente: 'R',
  excuse: 'E',
  absent: 'A',
  non_renseigne: '?',
  non_invite: '',
};

const LEGEND: AttendanceCell[] = ['present', 'represente', 'excuse', 'absent', 'non_renseigne', 'non_invite'];

/**
 * Who came to the last meetings whose attendance was taken, member by member: présent, représenté, excusé,
 * absent, or not said (never shown as absent); the member who drifts away stands out. Framed like the charts
 * (title, source, « Voir les chiffres »).
 */
export function AttendanceGrid({ life }: { life: NetworkLifeDto }) {
  const titleId = useId();
  const { meetings, members } = life.attendance;
  const empty = meetings.length === 0 || members.length === 0;
  // The same source as the charts beside it.
  const source = sourceLines(quarterChart(life));
  return (
    <figure className="chart-figure attendance-figure" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-figure-title">
        Présence aux dernières réunions
      </h3>
      <p className="chart-figure-subtitle">
        {meetings.length > 1
          ? `Les ${meetings.length} dernières réunions dont la présence a été relevée, par membre.`
          : 'Par membre, aux réunions dont la présence a été relevée.'}{' '}
        Un membre absent ou excusé à ses trois dernières réunions est signalé.
      </p>
      {empty ? (
        <p className="network-empty">
          {members.length === 0
            ? 'L’instance n’a pas encore de membre\u00a0: ajoutez-en depuis sa page pour suivre leur présence.'
            : `Aucune présence relevée pour l’instant\u00a0: ouvrez une réunion passée, ${quoted('Tenir et rendre compte')}, puis notez qui était là (${quoted('Tous présents')}, puis les exceptions).`}
        </p>
      ) : (
        <div className="attendance-grid-scroll">
          <table className="attendance-grid">
            <caption className="visually-hidden">Présence des membres aux dernières réunions</caption>
            <thead>
              <tr>
                <th scope="col">Membre</th>
                {meetings.map((meeting, index) => (
                  <th key={meeting.id} scope="col" title={`${formatDate(meeting.date)} — ${meeting.title}`}>
                    <span aria-hidden="true">
                      {shortDate(meeting.date)}
                      {index === 0 || meetings[index - 1]!.date.slice(0, 4) !== meeting.date.slice(0, 4) ? (
                        <span className="attendance-year">{meeting.date.slice(0, 4)}</span>
                      ) : null}
                    </span>
                    <span className="visually-hidden">
                      {formatDate(meeting.date)} — {meeting.title}
                    </span>
                  </th>
                ))}
                <th scope="col" className="numeric">
                  Présence
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr
                  key={member.memberId ?? `ancien-${member.name}`}
                  className={member.driftingAway ? 'attendance-drifting' : undefined}
                >
                  <th scope="row">
                    <span className="attendance-member">
                      <span className="attendance-name" title={member.name}>
                        {member.name}
                      </span>
                      {member.driftingAway ? <span className="badge badge-warning">S’éloigne</span> : null}
                      {member.former ? <span className="badge">A quitté l’instance</span> : null}
                    </span>
                  </th>
                  {member.cells.map((cell, index) => (
                    <td key={meetings[index]!.id} className={`attendance-cell attendance-${cell}`}>
                      <span aria-hidden="true" title={ATTENDANCE_CELL_LABELS[cell]}>
                        {MARKS[cell]}
                      </span>
                      <span className="visually-hidden">{ATTENDANCE_CELL_LABELS[cell]}</span>
                    </td>
                  ))}
                  <td className="numeric">{presenceLabel(member.presentCount, member.knownCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="attendance-legend" aria-hidden="true">
            {LEGEND.map((cell) => (
              <li key={cell}>
                <span className={`attendance-cell attendance-${cell}`}>{MARKS[cell]}</span>
                {ATTENDANCE_CELL_LABELS[cell]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FigureNumbers
        sources={source}
        table={() => attendanceTable(life)}
        caption="Présence par membre"
        withNumbers={!empty}
      />
    </figure>
  );
}

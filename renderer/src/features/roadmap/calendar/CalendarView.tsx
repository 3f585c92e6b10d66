import { useMemo, useState, type CSSProperties } from 'react';
import type { RoadmapDto } from '../../../../../shared/roadmap/roadmapDto';
import { countLabel, formatDate } from '../../../../../shared/format/french';
import { roadmapCalendar, type CalendarScale } from '../../../../../shared/roadmap/roadmapCalendar';
import { formatMonthOrDate } from '../../../../../shared/roadmap/roadmapDates';
import { ACTION_STATUSES } from '../../../../../shared/roadmap/roadmapVocabulary';
import { hrefOf } from '../../../app/route';
import { EmptyState } from '../../../ui/EmptyState';
import { Notice } from '../../../ui/Notice';

const SCALES: { scale: CalendarScale; label: string }[] = [
  { scale: 'month', label: 'Par mois' },
  { scale: 'quarter', label: 'Par trimestre' },
];

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** « sept. 2026 » on two lines (« sept. », « 2026 »): a month column stays narrow and readable; read as one. */
function PeriodLabel({ label }: { label: string }) {
  const [period, year] = label.split(' ');
  return (
    <>
      <span className="calendar-period-name">{period}</span>{' '}
      {year ? <span className="calendar-period-year">{year}</span> : null}
    </>
  );
}

/** The calendar: chantiers and actions on a timeline, today's line, late actions marked. */
export function CalendarView({ roadmap, today }: { roadmap: RoadmapDto; today: string | null }) {
  const [scale, setScale] = useState<CalendarScale>('month');
  const calendar = useMemo(
    () => (today ? roadmapCalendar(roadmap, { scale, today }) : null),
    [roadmap, scale, today],
  );
  if (!calendar) return <p className="screen-loading">Chargement du calendrier…</p>;
  if (calendar.columns.length === 0) {
    return (
      <EmptyState
        title="Aucune action n’est encore datée"
        action={<a href={hrefOf({ name: 'roadmap', path: '' })}>Revenir à la rédaction</a>}
      >
        Indiquez un début et une fin dans chaque fiche action&nbsp;: le calendrier les place sur une frise,
        mois par mois ou trimestre par trimestre.
      </EmptyState>
    );
  }
  const todayAt = calendar.today.at;
  return (
    <div className="roadmap-calendar">
      <div className="calendar-toolbar">
        <div className="calendar-scale" role="radiogroup" aria-label="Échelle du calendrier">
          {SCALES.map((item) => (
            <label key={item.scale} className={`chip${scale === item.scale ? ' chip-on' : ''}`}>
              <input
                type="radio"
                name="calendar-scale"
                checked={scale === item.scale}
                onChange={() => setScale(item.scale)}
              />
              {item.label}
            </label>
          ))}
        </div>
        <p className="calendar-legend">
          <span className="calendar-legend-today" aria-hidden="true" /> Aujourd’hui (
          {formatDate(calendar.today.date)})
          <span className="calendar-legend-late" aria-hidden="true" /> En retard
        </p>
      </div>
      {calendar.lateCount > 0 ? (
        <Notice tone="warning">
          {countLabel(calendar.lateCount, 'action')} en retard&nbsp;: la date de fin est passée et l’action
          n’est ni terminée ni abandonnée.
        </Notice>
      ) : null}
      <div className="calendar-scroll">
        <div
          className="calendar-grid"
          role="table"
          aria-label="Calendrier des chantiers et des actions"
          style={{ '--calendar-columns': calendar.columns.length } as CSSProperties}
        >
          <div className="calendar-row calendar-head" role="row">
            <div className="calendar-label" role="columnheader">
              Chantier ou action
            </div>
            <div className="calendar-track" role="columnheader">
              {calendar.columns.map((column, index) => (
                <span
                  key={column.key}
                  className={`calendar-period${index % 2 === 1 ? ' calendar-period-alt' : ''}`}
                  style={{
                    left: percent(index / calendar.columns.length),
                    width: percent(1 / calendar.columns.length),
                  }}
                >
                  <PeriodLabel label={column.label} />
                </span>
              ))}
            </div>
          </div>
          {calendar.rows.map((row) => {
            const dated = row.from !== null && row.to !== null;
            const period = dated
              ? `${formatMonthOrDate(row.start)} → ${formatMonthOrDate(row.end)}`
              : 'sans date';
            return (
              <div
                key={`${row.kind}-${row.id}`}
                className={`calendar-row calendar-${row.kind}${row.late ? ' calendar-late' : ''}`}
                role="row"
              >
                <div className="calendar-label" role="rowheader">
                  {row.kind === 'action' ? (
                    <a href={hrefOf({ name: 'roadmap', path: `actions/${row.id}` })}>{row.title}</a>
                  ) : (
                    <strong>{row.title}</strong>
                  )}
                  {row.late && row.kind === 'action' ? (
                    <span className="badge badge-danger">En retard</span>
                  ) : null}
                </div>
                <div className="calendar-track" role="cell">
                  {calendar.columns.map((column, index) =>
                    index % 2 === 1 ? (
                      <span
                        key={column.key}
                        className="calendar-stripe"
                        style={{
                          left: percent(index / calendar.columns.length),
                          width: percent(1 / calendar.columns.length),
                        }}
                      />
                    ) : null,
                  )}
                  {dated ? (
                    <span
                      className={`calendar-bar${row.status ? ` calendar-status-${row.status}` : ''}`}
                      style={{
                        left: percent(row.from ?? 0),
                        width: percent(Math.max((row.to ?? 0) - (row.from ?? 0), 0.006)),
                      }}
                      title={period}
                    >
                      <span className="visually-hidden">
                        {period}
                        {row.status ? ` · ${ACTION_STATUSES[row.status]}` : ''}
                        {row.late ? ' · en retard' : ''}
                      </span>
                    </span>
                  ) : (
                    <span className="calendar-undated">Sans date</span>
                  )}
                  {todayAt !== null ? (
                    <span className="calendar-today" style={{ left: percent(todayAt) }} aria-hidden="true" />
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      {calendar.undatedCount > 0 ? (
        <p className="calendar-undated-note">
          {countLabel(calendar.undatedCount, 'action')} sans date&nbsp;: ouvrez sa fiche pour indiquer un
          début et une fin.
        </p>
      ) : null}
    </div>
  );
}

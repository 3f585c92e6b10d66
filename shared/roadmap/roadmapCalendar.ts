import type { RoadmapDto } from './roadmapDto';
import type { ActionStatus } from './roadmapVocabulary';
import { firstDayOf, lastDayOf } from './roadmapDates';

/**
 * The calendar of the roadmap: chantiers and their actions on a timeline by month or by quarter, with today's line
 * and the late actions (end passed, not finished nor abandoned). Positions are fractions of the timeline's width,
 * so that any drawing (screen or document) can place the bars.
 */

export type CalendarScale = 'month' | 'quarter';

export interface CalendarColumn {
  /** « 2026-09 » or « 2026-T3 ». */
  key: string;
  /** « sept. 2026 » or « T3 2026 ». */
  label: string;
  /** First and last day (ISO). */
  start: string;
  end: string;
}

export interface CalendarRow {
  kind: 'chantier' | 'action';
  id: number;
  chantierId: number;
  title: string;
  /** First and last day covered (ISO), null when not dated. */
  start: string | null;
  end: string | null;
  /** Where the bar starts and ends, 0 to 1 of the timeline; null when not dated. */
  from: number | null;
  to: number | null;
  /** Actions only. */
  status: ActionStatus | null;
  progress: number | null;
  late: boolean;
}

export interface RoadmapCalendar {
  scale: CalendarScale;
  columns: CalendarColumn[];
  rows: CalendarRow[];
  /** Today's line: 0 to 1 of the timeline (null when there is no timeline). */
  today: { date: string; at: number | null };
  lateCount: number;
  /** Actions with neither start nor end. */
  undatedCount: number;
}

const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const pad = (n: number) => String(n).padStart(2, '0');

function columnsBetween(first: string, last: string, scale: CalendarScale): CalendarColumn[] {
  const [y0, m0] = first.split('-').map(Number) as [number, number];
  const [y1, m1] = last.split('-').map(Number) as [number, number];
  const step = scale === 'month' ? 1 : 3;
  let year = y0;
  let month = scale === 'month' ? m0 : Math.floor((m0 - 1) / 3) * 3 + 1;
  const columns: CalendarColumn[] = [];
  while (year < y1 || (year === y1 && month <= m1)) {
    const endMonth = month + step - 1;
    const start = `${year}-${pad(month)}-01`;
    const end = lastDayOf(`${year}-${pad(endMonth)}`);
    const quarter = Math.floor((month - 1) / 3) + 1;
    columns.push(
      scale === 'month'
        ? { key: `${year}-${pad(month)}`, label: `${SHORT_MONTHS[month - 1]} ${year}`, start, end }
        : { key: `${year}-T${quarter}`, label: `T${quarter} ${year}`, start, end },
    );
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return columns;
}

/** An action's span: both ends when set; one end alone covers its own month (or day). */
function spanOf(start: string | null, end: string | null): { start: string; end: string } | null {
  if (start === null && end === null) return null;
  return { start: firstDayOf(start ?? end!), end: lastDayOf(end ?? start!) };
}

export function roadmapCalendar(
  roadmap: Pick<RoadmapDto, 'chantiers'>,
  { scale, today }: { scale: CalendarScale; today: string },
): RoadmapCalendar {
  const actionRows = roadmap.chantiers.map((chantier) =>
    chantier.actions.map((action) => {
      const span = spanOf(action.start, action.end);
      const late =
        span !== null && span.end < today && action.status !== 'termine' && action.status !== 'abandonne';
      return { action, span, late };
    }),
  );
  const spans = actionRows.flat().flatMap(({ span }) => (span ? [span] : []));
  const columns =
    spans.length === 0
      ? []
      : columnsBetween(
          [today, ...spans.map((span) => span.start)].sort()[0]!,
          [today, ...spans.map((span) => span.end)].sort().at(-1)!,
          scale,
        );
  const origin = columns.length > 0 ? dayNumber(columns[0]!.start) : 0;
  const length = columns.length > 0 ? dayNumber(columns.at(-1)!.end) + 1 - origin : 1;
  const at = (iso: string, endOfDay: boolean) => (dayNumber(iso) + (endOfDay ? 1 : 0) - origin) / length;

  const rows: CalendarRow[] = [];
  roadmap.chantiers.forEach((chantier, index) => {
    const ofChantier = actionRows[index]!;
    const dated = ofChantier.flatMap(({ span }) => (span ? [span] : []));
    const start = dated.length > 0 ? dated.map((span) => span.start).sort()[0]! : null;
    const end =
      dated.length > 0
        ? dated
            .map((span) => span.end)
            .sort()
            .at(-1)!
        : null;
    rows.push({
      kind: 'chantier',
      id: chantier.id,
      chantierId: chantier.id,
      title: chantier.title,
      start,
      end,
      from: start === null ? null : at(start, false),
      to: end === null ? null : at(end, true),
      status: null,
      progress: null,
      late: ofChantier.some((row) => row.late),
    });
    for (const { action, span, late } of ofChantier) {
      rows.push({
        kind: 'action',
        id: action.id,
        chantierId: chantier.id,
        title: action.title,
        start: span?.start ?? null,
        end: span?.end ?? null,
        from: span ? at(span.start, false) : null,
        to: span ? at(span.end, true) : null,
        status: action.status,
        progress: action.progress,
        late,
      });
    }
  });
  return {
    scale,
    columns,
    rows,
    today: { date: today, at: columns.length > 0 ? at(today, false) : null },
    lateCount: rows.filter((row) => row.kind === 'action' && row.late).length,
    undatedCount: actionRows.flat().filter(({ span }) => span === null).length,
  };
}

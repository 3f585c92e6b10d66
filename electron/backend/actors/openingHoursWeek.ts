import type { opening_hours } from 'opening_hours';
import { WEEKDAYS, WEEKDAY_CODES } from '../../../shared/vocabularies/weekdays';

/**
 * Reads a valid opening-hours value back as French lines, one per group of days with the same hours:
 * « Du lundi au vendredi : 9 h – 12 h et 14 h – 18 h 30 ». The library computes the open intervals of
 * ordinary weeks; when they differ from one week to another (months, week numbers, school holidays,
 * sunrise…), no weekly summary is faithful and the value is shown as typed under « Horaires particuliers ».
 */

const DAY = 24 * 60;
const NBSP = '\u00a0';

/**
 * Mondays of weeks without a public holiday or a clock change (nor one the Sunday before, in Europe or North
 * America), spread over months, week parities and years.
 */
const REFERENCE_MONDAYS: readonly [number, number, number][] = [
  [2025, 1, 13],
  [2025, 3, 17],
  [2025, 6, 16],
  [2025, 8, 18],
  [2025, 9, 15],
  [2025, 11, 17],
  [2026, 2, 9],
  [2026, 4, 13],
  [2026, 7, 20],
  [2026, 10, 12],
  [2026, 12, 7],
  [2027, 5, 24],
];
/** French public holidays falling on weekdays (Christmas, 14 July, 11 November). */
const REFERENCE_HOLIDAYS: readonly [number, number, number][] = [
  [2025, 12, 25],
  [2026, 7, 14],
  [2026, 11, 11],
];

/** Selectors that make hours depend on the date: months, weeks, years, school holidays, Easter, daylight. */
const DATED =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|sh|easter|sunrise|sunset|dawn|dusk)\b|\d{4}|\[/i;

interface Piece {
  /** Minutes from the day's midnight; `end` may pass 24 h for hours running past midnight. */
  start: number;
  end: number;
  /** The comment typed with these hours. */
  note: string | null;
  /** « 09:00+ »: an opening time without a closing time. */
  openEnd: boolean;
  /** Open or not is unknown (« unknown », or hours given only with a comment). */
  uncertain: boolean;
}

const localDate = ([y, m, d]: readonly [number, number, number], plusDays = 0) =>
  new Date(y, m - 1, d + plusDays);

/** Minutes from `from` (a local midnight) to `date` as clocks show them, whatever a clock change in between. */
function wallClockMinutes(from: Date, date: Date): number {
  const days = Math.round(
    (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) -
      Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) /
      86_400_000,
  );
  return days * DAY + date.getHours() * 60 + date.getMinutes();
}

/** The open pieces of each day between `from` and `dayCount` days later, cut at midnight. */
function piecesByDay(oh: opening_hours, from: Date, dayCount: number, comments: Set<string>): Piece[][] {
  const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + dayCount);
  const days: Piece[][] = Array.from({ length: dayCount }, () => []);
  for (const [opens, closes, unknown, comment] of oh.getOpenIntervals(from, to)) {
    let start = wallClockMinutes(from, opens);
    const end = wallClockMinutes(from, closes);
    // The library returns null (not undefined) when there is no comment.
    const text = typeof comment === 'string' ? comment : null;
    const note = text !== null && comments.has(text) ? text : null;
    const openEnd = unknown && note === null && text !== null && /open end/i.test(text);
    while (start < end) {
      const day = Math.floor(start / DAY);
      const cut = Math.min(end, (day + 1) * DAY);
      days[day]?.push({
        start: start - day * DAY,
        end: cut - day * DAY,
        note,
        openEnd,
        uncertain: unknown && !openEnd,
      });
      start = cut;
    }
  }
  return days;
}

const sameKind = (a: Piece, b: Piece) =>
  a.note === b.note && a.openEnd === b.openEnd && a.uncertain === b.uncertain;

/** Joins « 22 h – minuit » on Monday with « minuit – 2 h » on Tuesday into « 22 h – 2 h » on Monday. */
function joinOvernight(week: Piece[][]): void {
  for (let day = 0; day < 7; day++) {
    const last = week[day]!.at(-1);
    const next = week[(day + 1) % 7]!;
    const first = next[0];
    const joins = last && first && last.start > 0 && last.end === DAY && first.start === 0 && first.end < DAY;
    if (joins && sameKind(last, first)) {
      last.end = DAY + first.end;
      next.shift();
    }
  }
}

function time(minutes: number, isEnd: boolean): string {
  if (isEnd && minutes === DAY) return 'minuit';
  const m = minutes % DAY;
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}

/** « a », « a et b », « a, b et c ». */
function frenchList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describePieces(pieces: Piece[], used: Set<string>): string {
  if (pieces.length === 1 && pieces[0]!.start === 0 && pieces[0]!.end === DAY && !pieces[0]!.note)
    return pieces[0]!.uncertain ? `24${NBSP}h sur 24 (à confirmer)` : `24${NBSP}h sur 24`;
  return frenchList(
    pieces.map((piece) => {
      const range = piece.openEnd
        ? `à partir de ${time(piece.start, false)}`
        : `${time(piece.start, false)}${NBSP}– ${time(piece.end, true)}`;
      if (piece.note) {
        used.add(piece.note);
        return `${range} (${piece.note})`;
      }
      return piece.uncertain ? `${range} (à confirmer)` : range;
    }),
  );
}

/** « du lundi au vendredi », « lundi et mercredi », « du lundi au mercredi et vendredi », « tous les jours ». */
function daysLabel(days: number[]): string {
  if (days.length === 7) return 'tous les jours';
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const name = (day: number) => WEEKDAYS[WEEKDAY_CODES[day]!];
  return frenchList(
    runs.flatMap((run) =>
      run.length >= 3 ? [`du ${name(run[0]!)} au ${name(run.at(-1)!)}`] : run.map(name),
    ),
  );
}

/** The lines of a valid value. */
export function summariseWeek(oh: opening_hours, value: string): string[] {
  const syntax = value.replace(/"[^"]*"/g, ' ');
  const particular = [`Horaires particuliers${NBSP}: ${value}`];
  if (DATED.test(syntax)) return particular;

  const comments = new Set([...value.matchAll(/"([^"]*)"/g)].map((match) => match[1]!).filter(Boolean));
  const fallback = syntax.includes('||');
  // Comments that stand for « the rest of the time » rather than for hours: shown as their own line.
  const isGeneral = (piece: Piece) =>
    piece.note !== null && (fallback || (piece.start === 0 && piece.end >= DAY));

  const used = new Set<string>();
  let week: string[] | null = null;
  try {
    for (const monday of REFERENCE_MONDAYS) {
      const days = piecesByDay(oh, localDate(monday), 7, comments);
      joinOvernight(days);
      const described = days.map((pieces) =>
        describePieces(
          pieces.filter((p) => !isGeneral(p)),
          used,
        ),
      );
      if (week && described.join('|') !== week.join('|')) return particular;
      week = described;
    }
  } catch {
    return particular; // the library could not evaluate a selector (e.g. a holiday it does not know)
  }
  if (!week) return particular;

  const lines: string[] = [];
  const allDay = `24${NBSP}h sur 24`;
  if (week.every((description) => description === allDay)) lines.push(`Tous les jours, ${allDay}`);
  else {
    const groups = new Map<string, number[]>();
    week.forEach((description, day) => {
      if (description !== '') groups.set(description, [...(groups.get(description) ?? []), day]);
    });
    for (const [description, days] of groups)
      lines.push(`${capitalise(daysLabel(days))}${NBSP}: ${description}`);
  }

  if (/\bPH\b/i.test(syntax)) {
    const holidays = new Set(
      REFERENCE_HOLIDAYS.map((date) => {
        const pieces = piecesByDay(oh, localDate(date), 1, comments)[0]!;
        return describePieces(
          pieces.filter((p) => !isGeneral(p)),
          used,
        );
      }),
    );
    if (holidays.size > 1) return particular;
    const [holiday] = holidays;
    lines.push(holiday ? `Jours fériés${NBSP}: ${holiday}` : 'Fermé les jours fériés');
  }

  for (const comment of comments) {
    if (used.has(comment)) continue;
    lines.push(fallback ? `En dehors de ces horaires${NBSP}: ${comment}` : capitalise(comment));
  }
  return lines.length > 0 ? lines : ['Fermé'];
}

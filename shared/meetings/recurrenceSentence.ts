import { formatDate, formatInteger } from '../format/french';
import { formatClock } from './meetingTimes';
import { WEEKDAY_NAMES } from './meetingsVocabulary';
import type { MonthlyNth, RecurrencePattern, SeriesEnd } from './recurrencePattern';

/**
 * A series in French, for the patterns the screen offers (`recurrencePattern.ts`): « le premier jeudi de chaque
 * mois à 14 h », « tous les quinze jours le mardi à 9 h 30 », « chaque trimestre, le deuxième lundi à 10 h ».
 * Our own words rather than rrule's `toText`, which speaks English.
 */

const NTH_WORDS: Record<MonthlyNth, string> = {
  1: 'premier',
  2: 'deuxième',
  3: 'troisième',
  4: 'quatrième',
  [-1]: 'dernier',
};

/** « chaque mois », « tous les deux mois », « chaque trimestre »… as said after the day. */
const MONTH_SPANS: Record<number, string> = {
  2: 'tous les deux mois',
  3: 'chaque trimestre',
  4: 'tous les quatre mois',
  6: 'chaque semestre',
  12: 'chaque année',
};

const monthSpan = (interval: number) => MONTH_SPANS[interval] ?? `tous les ${formatInteger(interval)} mois`;

/** « 1er », « 15 » */
const dayOfMonth = (day: number) => (day === 1 ? '1er' : String(day));

/** The rhythm and the time, lower case: « le premier jeudi de chaque mois à 14 h ». */
export function rhythmSentence(pattern: RecurrencePattern, time: string): string {
  const at = `à ${formatClock(time)}`;
  switch (pattern.kind) {
    case 'weekly': {
      const day = WEEKDAY_NAMES[pattern.weekday];
      if (pattern.interval === 1) return `tous les ${day}s ${at}`;
      if (pattern.interval === 2) return `tous les quinze jours le ${day} ${at}`;
      return `toutes les ${formatInteger(pattern.interval)} semaines le ${day} ${at}`;
    }
    case 'monthlyWeekday': {
      const day = `le ${NTH_WORDS[pattern.nth]} ${WEEKDAY_NAMES[pattern.weekday]}`;
      if (pattern.interval === 1) return `${day} de chaque mois ${at}`;
      return `${monthSpan(pattern.interval)}, ${day} du mois ${at}`;
    }
    case 'monthlyDay': {
      const day = `le ${dayOfMonth(pattern.day)}`;
      if (pattern.interval === 1) return `${day} de chaque mois ${at}`;
      return `${monthSpan(pattern.interval)}, ${day} du mois ${at}`;
    }
  }
}

/** From when and until when: « à partir du 7 janvier 2027, jusqu’au 2 décembre 2027 », « …, 12 réunions ». */
export function spanSentence(startsOn: string, end: SeriesEnd): string {
  const from = `à partir du ${formatDate(startsOn)}`;
  switch (end.kind) {
    case 'none':
      return from;
    case 'until':
      return `${from}, jusqu’au ${formatDate(end.on)}`;
    case 'count':
      return `${from}, ${formatInteger(end.count)}\u00a0réunion${end.count > 1 ? 's' : ''}`;
  }
}

/** The whole series, as a sentence that starts with a capital: « Le premier jeudi de chaque mois à 14 h, à partir du… ». */
export function seriesSentence(series: {
  pattern: RecurrencePattern;
  time: string;
  startsOn: string;
  end: SeriesEnd;
}): string {
  const text = `${rhythmSentence(series.pattern, series.time)}, ${spanSentence(series.startsOn, series.end)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import type { InstanceFrequency } from '../../../../shared/governance/governanceDto';
import type { SeriesDto } from '../../../../shared/meetings/meetingsDto';
import type { SeriesSaveInput } from '../../../../shared/meetings/meetingsSchemas';
import type { MeetingKind, Weekday } from '../../../../shared/meetings/meetingsVocabulary';
import type { MonthlyNth, RecurrencePattern, SeriesEnd } from '../../../../shared/meetings/recurrencePattern';
import { seriesSentence } from '../../../../shared/meetings/recurrenceSentence';

/** The series form as plain values, what it offers, and the request it makes: logic out of the component. */

export type Rhythm = 'weekly' | 'monthlyWeekday' | 'monthlyDay';

export interface SeriesFormValues {
  id?: number;
  title: string;
  kind: MeetingKind;
  rhythm: Rhythm;
  interval: number;
  nth: MonthlyNth;
  weekday: Weekday;
  day: number;
  time: string;
  durationMinutes: number;
  startsOn: string;
  endKind: SeriesEnd['kind'];
  endOn: string;
  count: number;
  place: PlaceValue;
}

/** A directory place (by id) or free text; empty: no place yet. */
export interface PlaceValue {
  placeId: number | null;
  label: string;
  address: string;
}

export const NO_PLACE: PlaceValue = { placeId: null, label: '', address: '' };

export const RHYTHM_LABELS: Record<Rhythm, string> = {
  monthlyWeekday: 'Un jour de la semaine du mois (le premier jeudi…)',
  weekly: 'Chaque semaine ou tous les quinze jours',
  monthlyDay: 'Un quantième du mois (le 15…)',
};

/** The intervals offered for each rhythm, in the words of the sentence. */
export const INTERVALS: Record<Rhythm, { value: number; label: string }[]> = {
  weekly: [
    { value: 1, label: 'chaque semaine' },
    { value: 2, label: 'tous les quinze jours' },
    { value: 3, label: 'toutes les trois semaines' },
    { value: 4, label: 'toutes les quatre semaines' },
  ],
  monthlyWeekday: [
    { value: 1, label: 'chaque mois' },
    { value: 2, label: 'tous les deux mois' },
    { value: 3, label: 'chaque trimestre' },
    { value: 6, label: 'chaque semestre' },
    { value: 12, label: 'chaque année' },
  ],
  monthlyDay: [
    { value: 1, label: 'chaque mois' },
    { value: 2, label: 'tous les deux mois' },
    { value: 3, label: 'chaque trimestre' },
    { value: 6, label: 'chaque semestre' },
    { value: 12, label: 'chaque année' },
  ],
};

export const NTH_LABELS: { value: MonthlyNth; label: string }[] = [
  { value: 1, label: 'premier' },
  { value: 2, label: 'deuxième' },
  { value: 3, label: 'troisième' },
  { value: 4, label: 'quatrième' },
  { value: -1, label: 'dernier' },
];

export const DURATIONS = [30, 45, 60, 90, 120, 150, 180, 240, 360, 480];

/** Months between two meetings of a body of each rhythm (« autre »: monthly, to be changed). */
const MONTHS_OF: Record<InstanceFrequency, number> = {
  mensuelle: 1,
  trimestrielle: 3,
  semestrielle: 6,
  annuelle: 12,
  autre: 1,
};

/**
 * A new series: « le premier jeudi de chaque trimestre à 14 h » for a body that meets every quarter (its
 * record's rhythm), two hours, from today, without end.
 */
export function newSeriesValues(today: string, frequency: InstanceFrequency = 'mensuelle'): SeriesFormValues {
  return {
    title: '',
    kind: 'pleniere',
    rhythm: 'monthlyWeekday',
    interval: MONTHS_OF[frequency],
    nth: 1,
    weekday: 'TH',
    day: 1,
    time: '14:00',
    durationMinutes: 120,
    startsOn: today,
    endKind: 'none',
    endOn: '',
    count: 10,
    place: NO_PLACE,
  };
}

export function seriesValuesOf(series: SeriesDto): SeriesFormValues {
  const pattern = series.pattern;
  return {
    id: series.id,
    title: series.title ?? '',
    kind: series.kind,
    rhythm: pattern.kind,
    interval: pattern.interval,
    nth: pattern.kind === 'monthlyWeekday' ? pattern.nth : 1,
    weekday: pattern.kind === 'monthlyDay' ? 'TH' : pattern.weekday,
    day: pattern.kind === 'monthlyDay' ? pattern.day : 1,
    time: series.time,
    durationMinutes: series.durationMinutes,
    startsOn: series.startsOn,
    endKind: series.end.kind,
    endOn: series.end.kind === 'until' ? series.end.on : '',
    count: series.end.kind === 'count' ? series.end.count : 10,
    place: series.place
      ? { placeId: series.place.placeId, label: series.place.label, address: series.place.address ?? '' }
      : NO_PLACE,
  };
}

export function patternOf(values: SeriesFormValues): RecurrencePattern {
  switch (values.rhythm) {
    case 'weekly':
      return { kind: 'weekly', interval: values.interval, weekday: values.weekday };
    case 'monthlyWeekday':
      return { kind: 'monthlyWeekday', interval: values.interval, nth: values.nth, weekday: values.weekday };
    case 'monthlyDay':
      return { kind: 'monthlyDay', interval: values.interval, day: values.day };
  }
}

export function endOf(values: SeriesFormValues): SeriesEnd {
  if (values.endKind === 'until') return { kind: 'until', on: values.endOn };
  if (values.endKind === 'count') return { kind: 'count', count: values.count };
  return { kind: 'none' };
}

/** The sentence the form shows as the user picks (« Le premier jeudi de chaque mois à 14 h, à partir du… »). */
export function previewSentence(values: SeriesFormValues): string {
  const end = endOf(values);
  return seriesSentence({
    pattern: patternOf(values),
    time: values.time || '00:00',
    startsOn: values.startsOn,
    end: end.kind === 'until' && !end.on ? { kind: 'none' } : end,
  });
}

export function placeInputOf(place: PlaceValue) {
  if (place.placeId !== null) return { placeId: place.placeId, label: null, address: null };
  if (place.label.trim() === '') return null;
  return { placeId: null, label: place.label, address: place.address || null };
}

export function seriesInputOf(instanceId: number, values: SeriesFormValues): SeriesSaveInput {
  return {
    ...(values.id === undefined ? {} : { id: values.id }),
    instanceId,
    title: values.title || null,
    kind: values.kind,
    pattern: patternOf(values),
    startsOn: values.startsOn,
    time: values.time,
    durationMinutes: values.durationMinutes,
    end: endOf(values),
    place: placeInputOf(values.place),
  };
}

/** Changing the rhythm keeps an interval it offers. */
export function withRhythm(values: SeriesFormValues, rhythm: Rhythm): SeriesFormValues {
  const offered = INTERVALS[rhythm].some((option) => option.value === values.interval);
  return { ...values, rhythm, interval: offered ? values.interval : 1 };
}

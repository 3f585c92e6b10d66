/** Days in OpenStreetMap's two-letter form, with their French names. */
export const WEEKDAYS = {
  Mo: 'lundi',
  Tu: 'mardi',
  We: 'mercredi',
  Th: 'jeudi',
  Fr: 'vendredi',
  Sa: 'samedi',
  Su: 'dimanche',
} as const;
export type Weekday = keyof typeof WEEKDAYS;
export const WEEKDAY_CODES = Object.keys(WEEKDAYS) as Weekday[];

/** The backend's sense of time, injectable so that tests run on a frozen date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const frozenClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** Local calendar date as ISO text (the user's day, not UTC's). */
export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

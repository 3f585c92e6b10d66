import { formatDate } from '../format/french';
import { WEEKDAY_NAMES, WEEKDAYS } from './meetingsVocabulary';

/** Times and dates of meetings in French: « 14 h », « 9 h 30 », « jeudi 7 janvier 2027 à 14 h », « 1 h 30 ». */

const NBSP = '\u00a0';

/** « 14:00 » → « 14 h », « 09:30 » → « 9 h 30 ». */
export function formatClock(time: string): string {
  const [hours = '0', minutes = '0'] = time.split(':');
  const h = Number(hours);
  const m = Number(minutes);
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

/** The day of the week of an ISO date (« jeudi »). */
export function weekdayNameOf(isoDate: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAY_NAMES[WEEKDAYS[(day + 6) % 7]!];
}

/** « jeudi 7 janvier 2027 » */
export function formatMeetingDay(isoDate: string): string {
  return `${weekdayNameOf(isoDate)} ${formatDate(isoDate.slice(0, 10))}`;
}

/** « jeudi 7 janvier 2027 à 14 h » from a wall-clock « 2027-01-07T14:00 ». */
export function formatMeetingStart(wall: string): string {
  return `${formatMeetingDay(wall)} à ${formatClock(wall.slice(11, 16))}`;
}

/** « de 14 h à 16 h » */
export function formatTimeRange(startWall: string, endWall: string): string {
  return `de ${formatClock(startWall.slice(11, 16))} à ${formatClock(endWall.slice(11, 16))}`;
}

/** « 2 h », « 1 h 30 », « 45 min » */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}${NBSP}min`;
  return m === 0 ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${String(m).padStart(2, '0')}`;
}

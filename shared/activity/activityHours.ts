import { countLabel, formatInteger } from '../format/french';
import type { ActivityOverviewDto } from './activityDto';

/**
 * The hours of accompaniment as the screen, the Word report and the XLSX say them: the known durations in hours
 * (one decimal), or null when no activity has one; and, when some activities have none, the sentence that says
 * how many the hours leave out (never a silent total, never zero for unknown).
 */
export function activityHours(totals: ActivityOverviewDto['totals']): {
  hours: number | null;
  note: string | null;
  /** The same under the screen's key figure: « hors 18 activités sans durée ». */
  shortNote: string | null;
} {
  const hours = totals.minutes === null ? null : Math.round(totals.minutes / 6) / 10;
  if (totals.untimedActivities === 0) return { hours, note: null, shortNote: null };
  const timed = totals.activities - totals.untimedActivities;
  const untimed = countLabel(totals.untimedActivities, 'activité', 'activités');
  if (hours === null)
    return {
      hours,
      note: 'La durée des activités n’est pas renseignée\u00a0: les heures ne sont pas comptées.',
      shortNote: null,
    };
  return {
    hours,
    note: `Durée non renseignée pour ${untimed} sur ${formatInteger(totals.activities)}\u00a0: les heures comptent ${timed > 1 ? `les ${formatInteger(timed)} autres` : 'l’autre'}.`,
    shortNote: `hors ${untimed} sans durée`,
  };
}

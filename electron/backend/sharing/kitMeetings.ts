import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { occurrencesBetween } from '../meetings/expandSeries';
import { seriesRuleOf } from '../meetings/seriesRule';

/**
 * The meetings the kit carries: the held ones of the last twelve months (a compte rendu each) and, per body, what
 * is coming (its series that still give a date, its single meetings planned from today).
 * A compte rendu is written of a held meeting (not cancelled, its day come, as on « Réunions ») that has something
 * recorded: its attendance taken (someone's is said), notes on a point or a decision; a date of a series nobody
 * opened, or opened but left blank, would give an empty compte rendu.
 */

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The same day one year before (« 5 décembre 2025 » for the 5 December 2026), the 28th for a 29 February. */
export function yearBefore(today: string): string {
  const [year, month, day] = today.split('-');
  const candidate = `${Number(year) - 1}-${month}-${day}`;
  return month === '02' && day === '29' ? `${Number(year) - 1}-02-28` : candidate;
}

export interface HeldMeetingRef {
  id: number;
  instanceId: number;
  instanceName: string;
  startsAt: string;
}

/** Held and recorded meetings of every body since `from` (included) up to `today` (included), oldest first. */
export async function heldMeetingsBetween(
  db: Kysely<DB>,
  from: string,
  today: string,
): Promise<HeldMeetingRef[]> {
  return db
    .selectFrom('meeting as m')
    .innerJoin('instance as i', 'i.id', 'm.instanceId')
    .select(['m.id', 'm.instanceId', 'i.name as instanceName', 'm.startsAt'])
    .where('m.status', '=', 'prevue')
    .where('m.startsAt', '>=', from)
    .where('m.startsAt', '<', addDays(today, 1))
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('meetingInvitee as v')
            .select('v.id')
            .whereRef('v.meetingId', '=', 'm.id')
            .where('v.attendance', 'is not', null),
        ),
        eb.exists(
          eb
            .selectFrom('meetingAgendaItem as a')
            .select('a.id')
            .whereRef('a.meetingId', '=', 'm.id')
            .where((item) =>
              item.or([
                item('a.notes', 'is not', null),
                item.exists(
                  item
                    .selectFrom('meetingDecision as d')
                    .select('d.id')
                    .whereRef('d.agendaItemId', '=', 'a.id'),
                ),
              ]),
            ),
        ),
      ]),
    )
    .orderBy('m.startsAt')
    .orderBy('m.id')
    .execute();
}

export interface ComingMeetings {
  instanceId: number;
  instanceName: string;
  /** Series with at least one date in the coming year. */
  seriesIds: number[];
  /** Single meetings (outside any series), planned from today. */
  meetingIds: number[];
}

/** Per body (in the order of their names), what is coming; bodies with nothing coming are left out. */
export async function comingMeetings(db: Kysely<DB>, today: string): Promise<ComingMeetings[]> {
  const instances = await db.selectFrom('instance').select(['id', 'name']).orderBy('name').execute();
  const series = await db
    .selectFrom('meetingSeries')
    .select(['id', 'instanceId', 'rrule', 'startsOn', 'startTime'])
    .orderBy('startsOn')
    .orderBy('id')
    .execute();
  const singles = await db
    .selectFrom('meeting')
    .select(['id', 'instanceId'])
    .where('seriesId', 'is', null)
    .where('status', '=', 'prevue')
    .where('startsAt', '>=', today)
    .orderBy('startsAt')
    .execute();
  const horizon = addDays(today, 366);
  return instances.flatMap((instance) => {
    const seriesIds = series
      .filter((s) => s.instanceId === instance.id)
      .filter(
        (s) =>
          occurrencesBetween(seriesRuleOf(s), s.startsOn > today ? s.startsOn : today, horizon, 1).length > 0,
      )
      .map((s) => s.id);
    const meetingIds = singles.filter((m) => m.instanceId === instance.id).map((m) => m.id);
    return seriesIds.length + meetingIds.length === 0
      ? []
      : [{ instanceId: instance.id, instanceName: instance.name, seriesIds, meetingIds }];
  });
}

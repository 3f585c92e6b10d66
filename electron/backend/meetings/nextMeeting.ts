import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { MeetingDto } from '../../../shared/meetings/meetingsDto';
import { occurrencesBetween } from './expandSeries';
import { seriesRuleOf } from './seriesRule';

/**
 * The next meeting a compte rendu announces (Paris wall-clock start), or null if none is planned: for a date of a
 * series, the series' next date that holds (moved dates where they were moved, cancelled ones skipped); for a
 * single meeting, the body's next planned meeting of the same kind.
 */
export async function nextMeetingOf(db: Kysely<DB>, meeting: MeetingDto): Promise<string | null> {
  const rows = await db
    .selectFrom('meeting')
    .select(['startsAt', 'occurrenceOn', 'status'])
    .where('instanceId', '=', meeting.instanceId)
    .where('id', '!=', meeting.id)
    .$call((query) =>
      meeting.seriesId === null
        ? query.where('kind', '=', meeting.kind).where('seriesId', 'is', null)
        : query.where('seriesId', '=', meeting.seriesId),
    )
    .execute();
  const candidates = rows
    .filter((row) => row.status === 'prevue' && row.startsAt > meeting.startsAt)
    .map((row) => row.startsAt);
  if (meeting.seriesId !== null) {
    const series = await db
      .selectFrom('meetingSeries')
      .selectAll()
      .where('id', '=', meeting.seriesId)
      .executeTakeFirst();
    if (series) {
      const opened = new Set(rows.map((row) => row.occurrenceOn));
      const from = meeting.startsAt.slice(0, 10);
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + 800 * 86_400_000).toISOString().slice(0, 10);
      const next = occurrencesBetween(seriesRuleOf(series), from, to, 60).find(
        (o) => o.wall > meeting.startsAt && o.on !== meeting.occurrenceOn && !opened.has(o.on),
      );
      if (next) candidates.push(next.wall);
    }
  }
  return candidates.sort()[0] ?? null;
}

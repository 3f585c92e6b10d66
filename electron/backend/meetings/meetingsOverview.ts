import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { MeetingListItemDto, MeetingsOverviewDto } from '../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meetingsVocabulary';
import { driftingMembers } from './absenceStreaks';
import { occurrencesBetween } from './expandSeries';
import { requireInstance } from '../governance/requireInstance';
import { seriesDtoOf, seriesRuleOf } from './seriesRule';

/**
 * The « Réunions » part of a body: its series, then the meetings to come and the past ones. A date of a series
 * that nobody opened is a line without a row (meetingId null); an opened one is its row.
 */

const LIST_LIMIT = 24;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function readOverview(
  db: Kysely<DB>,
  instanceId: number,
  today: string,
): Promise<MeetingsOverviewDto> {
  const instance = await requireInstance(db, instanceId);
  const { frequency } = await db
    .selectFrom('instance')
    .select('frequency')
    .where('id', '=', instanceId)
    .executeTakeFirstOrThrow();
  const seriesRows = await db
    .selectFrom('meetingSeries')
    .selectAll()
    .where('instanceId', '=', instanceId)
    .orderBy('startsOn')
    .orderBy('id')
    .execute();
  const meetingRows = await db
    .selectFrom('meeting as m')
    .leftJoin('meetingAgendaItem as a', 'a.meetingId', 'm.id')
    .select([
      'm.id',
      'm.seriesId',
      'm.occurrenceOn',
      'm.title',
      'm.kind',
      'm.startsAt',
      'm.durationMinutes',
      'm.placeLabel',
      'm.status',
    ])
    .select((eb) => eb.fn.count<number>('a.id').as('agendaCount'))
    .where('m.instanceId', '=', instanceId)
    .groupBy('m.id')
    .execute();

  const opened = new Map(
    meetingRows.filter((r) => r.seriesId !== null).map((r) => [`${r.seriesId}-${r.occurrenceOn}`, r]),
  );
  const seriesById = new Map(seriesRows.map((s) => [s.id, s]));
  const items: MeetingListItemDto[] = meetingRows.map((r) => {
    const series = r.seriesId === null ? undefined : seriesById.get(r.seriesId);
    return {
      key: `m-${r.id}`,
      meetingId: r.id,
      seriesId: r.seriesId,
      occurrenceOn: r.occurrenceOn,
      title: r.title ?? MEETING_KIND_LABELS[r.kind],
      kind: r.kind,
      startsAt: r.startsAt,
      durationMinutes: r.durationMinutes,
      placeLabel: r.placeLabel,
      status: r.status,
      moved: series !== undefined && r.startsAt !== `${r.occurrenceOn}T${series.startTime}`,
      agendaCount: Number(r.agendaCount),
    };
  });
  const from = addDays(today, -5 * 366);
  const to = addDays(today, 366);
  for (const series of seriesRows) {
    const rule = seriesRuleOf(series);
    for (const occurrence of occurrencesBetween(rule, series.startsOn > from ? series.startsOn : from, to)) {
      if (opened.has(`${series.id}-${occurrence.on}`)) continue;
      items.push({
        key: `s-${series.id}-${occurrence.on}`,
        meetingId: null,
        seriesId: series.id,
        occurrenceOn: occurrence.on,
        title: series.title ?? MEETING_KIND_LABELS[series.kind],
        kind: series.kind,
        startsAt: occurrence.wall,
        durationMinutes: series.durationMinutes,
        placeLabel: series.placeLabel,
        status: 'prevue',
        moved: false,
        agendaCount: 0,
      });
    }
  }
  items.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.key.localeCompare(b.key));
  const upcoming = items.filter((item) => item.startsAt.slice(0, 10) >= today).slice(0, LIST_LIMIT);
  const past = items
    .filter((item) => item.startsAt.slice(0, 10) < today)
    .reverse()
    .slice(0, LIST_LIMIT);
  return {
    instanceId,
    instanceName: instance.name,
    instanceFrequency: frequency,
    today,
    series: seriesRows.map((series) => {
      const rows = meetingRows.filter((r) => r.seriesId === series.id);
      return seriesDtoOf(series, {
        cancelled: rows.filter((r) => r.status === 'annulee').length,
        moved: rows.filter((r) => r.startsAt !== `${r.occurrenceOn}T${series.startTime}`).length,
      });
    }),
    upcoming,
    past,
    drifting: await driftingMembers(db, instanceId),
  };
}

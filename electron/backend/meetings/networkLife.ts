import type { Kysely } from 'kysely';
import type { BackendContext } from '../context';
import { todayOf } from '../context';
import type { DB } from '../db/schema';
import type {
  AnimationEventDto,
  AttendanceCell,
  AttendanceRowDto,
  NetworkLifeDto,
  QuarterCountDto,
} from '../../../shared/meetings/networkLifeDto';
import {
  ANIMATION_KINDS,
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  type AttendanceStatus,
  type MeetingKind,
  type MeetingStatus,
} from '../../../shared/meetings/meetingsVocabulary';
import { ABSENCE_STREAK } from './absenceStreaks';
import { occurrencesBetween } from './expandSeries';
import { requireInstance } from '../governance/requireInstance';
import { seriesRuleOf } from './seriesRule';
import { followUpStateOn } from '../../../shared/meetings/followUpState';

/**
 * The life of a body's network over a period (issue 16, item 6): what the « Réunions » charts, the note de
 * synthèse and the « Bilan de la coordination » say. The figures are pure functions of what the reader gathers
 * (`networkLifeOf`), so that their rules are tested on their own:
 * - held: not cancelled, and before today (today too once its attendance was taken); a date of a series that
 *   nobody opened counts, as it does in the list of past meetings;
 * - attendance is read only where it was taken (someone's was said); a member whose attendance was not said is
 *   « non renseigné », never absent, and one not invited to that meeting is left out of its counts;
 * - participants are the number written on the meeting (its public included), null while not said.
 */

/** How many meetings the attendance grid shows: the last ones whose attendance was taken. */
export const ATTENDANCE_GRID_MEETINGS = 12;

export interface NetworkPeriod {
  /** YYYY-MM-DD, both included; null: unbounded. */
  from: string | null;
  to: string | null;
}

/** A meeting or a date of a series nobody opened (id null), as the figures need it. */
export interface MeetingFact {
  id: number | null;
  /** YYYY-MM-DD, Paris day. */
  date: string;
  /** For ordering meetings of a same day: « 2027-01-07T14:00 ». */
  startsAt: string;
  kind: MeetingKind;
  title: string;
  status: MeetingStatus;
  participants: number | null;
  decisions: number;
  /** Done by the period's end; late: still open then and due before it (`followUpStateOn`). */
  actions: { total: number; done: number; late: number };
}

export interface InviteeFact {
  meetingId: number;
  memberId: number | null;
  attendance: AttendanceStatus | null;
  /** Invited as a member who has since left the body (its member row removed): the name the invitation kept. */
  formerMember?: string;
}

export interface NetworkFacts {
  instanceId: number;
  instanceName: string;
  meetings: MeetingFact[];
  invitees: InviteeFact[];
  members: { id: number; name: string }[];
}

const inPeriod = (date: string, period: NetworkPeriod) =>
  (period.from === null || date >= period.from) && (period.to === null || date <= period.to);

const isThere = (status: AttendanceStatus | null) => status === 'present' || status === 'represente';

/** « 2027-T1 » for a day. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-T${Math.ceil(month / 3)}`;
}

/** « T1 2027 » for « 2027-T1 ». */
export const quarterLabel = (quarter: string): string => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;

/** Every quarter from the one of `first` to the one of `last`, both included. */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  let year = Number(first.slice(0, 4));
  let index = Math.ceil(Number(first.slice(5, 7)) / 3);
  const end = quarterOf(last);
  for (let guard = 0; guard < 400; guard += 1) {
    const quarter = `${year}-T${index}`;
    quarters.push(quarter);
    if (quarter === end || quarter > end) break;
    index += 1;
    if (index > 4) {
      index = 1;
      year += 1;
    }
  }
  return quarters;
}

const emptyByKind = (): Record<MeetingKind, number> =>
  Object.fromEntries(MEETING_KINDS.map((kind) => [kind, 0])) as Record<MeetingKind, number>;

const byDate = (a: MeetingFact, b: MeetingFact) =>
  a.startsAt.localeCompare(b.startsAt) || (a.id ?? 0) - (b.id ?? 0);

/** The figures of the period, from the facts the reader gathered; `today` decides what is held. */
export function networkLifeOf(facts: NetworkFacts, period: NetworkPeriod, today: string): NetworkLifeDto {
  const attendanceTaken = new Set(
    facts.invitees.filter((invitee) => invitee.attendance !== null).map((invitee) => invitee.meetingId),
  );
  const past = facts.meetings
    .filter((meeting) => inPeriod(meeting.date, period))
    .filter(
      (meeting) =>
        meeting.date < today ||
        (meeting.date === today && meeting.id !== null && attendanceTaken.has(meeting.id)),
    );
  const held = past.filter((meeting) => meeting.status !== 'annulee').sort(byDate);
  const cancelledCount = past.length - held.length;

  const first = period.from ?? held[0]?.date ?? null;
  const lastHeld = held.at(-1)?.date ?? null;
  const last = period.to === null ? lastHeld : period.to < today ? period.to : today;
  const counts = new Map<string, QuarterCountDto>();
  if (first !== null && last !== null && first <= last)
    for (const quarter of quartersBetween(first, last))
      counts.set(quarter, { quarter, label: quarterLabel(quarter), byKind: emptyByKind(), total: 0 });
  for (const meeting of held) {
    const quarter = counts.get(quarterOf(meeting.date));
    if (!quarter) continue;
    quarter.byKind[meeting.kind] += 1;
    quarter.total += 1;
  }

  const inviteesOf = new Map<number, InviteeFact[]>();
  for (const invitee of facts.invitees) {
    const list = inviteesOf.get(invitee.meetingId) ?? [];
    list.push(invitee);
    inviteesOf.set(invitee.meetingId, list);
  }
  const taken = held.filter((meeting) => meeting.id !== null && attendanceTaken.has(meeting.id));
  const grid = taken.slice(-ATTENDANCE_GRID_MEETINGS);
  // A member who left and came back (a new member row, the same name) is one row: the attendance taken before
  // they left is theirs too.
  const currentNames = new Set(facts.members.map((member) => member.name));
  const cellOf = (meetingId: number, member: { id: number; name: string }): AttendanceCell => {
    const invited = inviteesOf.get(meetingId) ?? [];
    const row =
      invited.find((invitee) => invitee.memberId === member.id) ??
      invited.find((invitee) => invitee.formerMember === member.name);
    if (!row) return 'non_invite';
    return row.attendance ?? 'non_renseigne';
  };
  const formerCellOf = (meetingId: number, name: string): AttendanceCell => {
    const row = inviteesOf.get(meetingId)?.find((invitee) => invitee.formerMember === name);
    if (!row) return 'non_invite';
    return row.attendance ?? 'non_renseigne';
  };
  const rowOf = (
    who: { memberId: number | null; name: string; former: boolean },
    cell: (meetingId: number) => AttendanceCell,
  ): AttendanceRowDto => {
    const all = taken.map((meeting) => cell(meeting.id!));
    const invited = all.filter((value) => value !== 'non_invite');
    const lastOnes = invited.slice(-ABSENCE_STREAK);
    return {
      ...who,
      cells: grid.map((meeting) => cell(meeting.id!)),
      presentCount: all.filter((value) => value === 'present' || value === 'represente').length,
      knownCount: all.filter((value) => value !== 'non_invite' && value !== 'non_renseigne').length,
      driftingAway:
        !who.former &&
        lastOnes.length === ABSENCE_STREAK &&
        lastOnes.every((value) => value === 'absent' || value === 'excuse'),
    };
  };
  // Those who have left the body since keep the attendance taken while they were in it: a year's figures do
  // not change when a member leaves later.
  const formerNames = [
    ...new Set(
      taken.flatMap((meeting) =>
        (inviteesOf.get(meeting.id!) ?? []).flatMap((invitee) =>
          invitee.formerMember === undefined || currentNames.has(invitee.formerMember)
            ? []
            : [invitee.formerMember],
        ),
      ),
    ),
  ].sort((a, b) => a.localeCompare(b, 'fr'));
  const members: AttendanceRowDto[] = [
    ...facts.members.map((member) =>
      rowOf({ memberId: member.id, name: member.name, former: false }, (meetingId) =>
        cellOf(meetingId, member),
      ),
    ),
    ...formerNames.map((name) =>
      rowOf({ memberId: null, name, former: true }, (meetingId) => formerCellOf(meetingId, name)),
    ),
  ];
  const presentSum = members.reduce((sum, member) => sum + member.presentCount, 0);
  const knownSum = members.reduce((sum, member) => sum + member.knownCount, 0);

  const animations: AnimationEventDto[] = held
    .filter((meeting) => ANIMATION_KINDS.includes(meeting.kind))
    .map((meeting) => ({
      id: meeting.id,
      date: meeting.date,
      kind: meeting.kind,
      title: meeting.title,
      participants: meeting.participants,
      presentInvitees:
        meeting.id !== null && attendanceTaken.has(meeting.id)
          ? (inviteesOf.get(meeting.id) ?? []).filter((invitee) => isThere(invitee.attendance)).length
          : null,
    }));

  const actionsTotal = held.reduce((sum, meeting) => sum + meeting.actions.total, 0);
  const actionsDone = held.reduce((sum, meeting) => sum + meeting.actions.done, 0);
  const actionsLate = held.reduce((sum, meeting) => sum + meeting.actions.late, 0);
  return {
    instanceId: facts.instanceId,
    instanceName: facts.instanceName,
    period: { from: period.from, to: period.to },
    span: { first: held[0]?.date ?? null, last: lastHeld },
    heldCount: held.length,
    withAttendanceCount: taken.length,
    cancelledCount,
    perQuarter: [...counts.values()],
    attendance: {
      meetings: grid.map((meeting) => ({ id: meeting.id!, date: meeting.date, title: meeting.title })),
      members,
      averagePresence: knownSum === 0 ? null : Math.round((presentSum / knownSum) * 100),
    },
    animations,
    decisionsCount: held.reduce((sum, meeting) => sum + meeting.decisions, 0),
    actions: { total: actionsTotal, done: actionsDone, open: actionsTotal - actionsDone, late: actionsLate },
  };
}

/** Reads the facts of a body: its meetings (and the dates of its series nobody opened), invitees, members. */
export async function readNetworkFacts(
  db: Kysely<DB>,
  instanceId: number,
  period: NetworkPeriod,
  today: string,
): Promise<NetworkFacts> {
  const instance = await requireInstance(db, instanceId);
  const rows = await db
    .selectFrom('meeting')
    .select(['id', 'seriesId', 'occurrenceOn', 'title', 'kind', 'startsAt', 'status', 'participantsCount'])
    .where('instanceId', '=', instanceId)
    .execute();
  const decisions = await db
    .selectFrom('meetingDecision as d')
    .innerJoin('meetingAgendaItem as a', 'a.id', 'd.agendaItemId')
    .innerJoin('meeting as m', 'm.id', 'a.meetingId')
    .select('a.meetingId')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('m.instanceId', '=', instanceId)
    .groupBy('a.meetingId')
    .execute();
  const actions = await db
    .selectFrom('meetingAction as x')
    .innerJoin('meeting as m', 'm.id', 'x.meetingId')
    .select(['x.meetingId', 'x.doneOn', 'x.dueOn'])
    .where('m.instanceId', '=', instanceId)
    .execute();
  const invitees = await db
    .selectFrom('meetingInvitee as v')
    .innerJoin('meeting as m', 'm.id', 'v.meetingId')
    .select(['v.meetingId', 'v.memberId', 'v.attendance', 'v.kind', 'v.name'])
    .where('m.instanceId', '=', instanceId)
    .execute();
  const members = await db
    .selectFrom('instanceMember')
    .select(['id', 'name'])
    .where('instanceId', '=', instanceId)
    .orderBy('position')
    .execute();
  const seriesRows = await db
    .selectFrom('meetingSeries')
    .select(['id', 'title', 'kind', 'rrule', 'startsOn', 'startTime'])
    .where('instanceId', '=', instanceId)
    .execute();

  const decisionsOf = new Map(decisions.map((row) => [row.meetingId, Number(row.count)]));
  // The day the period's actions are counted on: its last day, or today for a period still running.
  const until = period.to !== null && period.to < today ? period.to : today;
  const actionsOf = new Map<number, MeetingFact['actions']>();
  for (const action of actions) {
    const count = actionsOf.get(action.meetingId) ?? { total: 0, done: 0, late: 0 };
    count.total += 1;
    // Done by the period's end: an action of 2025 closed in March 2026 was still open in the 2025 bilan.
    const state = followUpStateOn(action, until);
    if (state === 'faite') count.done += 1;
    if (state === 'en_retard') count.late += 1;
    actionsOf.set(action.meetingId, count);
  }
  const meetings: MeetingFact[] = rows.map((row) => ({
    id: row.id,
    date: row.startsAt.slice(0, 10),
    startsAt: row.startsAt,
    kind: row.kind,
    title: row.title ?? MEETING_KIND_LABELS[row.kind],
    status: row.status,
    participants: row.participantsCount,
    decisions: decisionsOf.get(row.id) ?? 0,
    actions: actionsOf.get(row.id) ?? { total: 0, done: 0, late: 0 },
  }));
  const opened = new Set(
    rows.filter((row) => row.seriesId !== null).map((row) => `${row.seriesId}-${row.occurrenceOn}`),
  );
  for (const series of seriesRows) {
    const from = period.from !== null && period.from > series.startsOn ? period.from : series.startsOn;
    if (from > until) continue;
    for (const occurrence of occurrencesBetween(seriesRuleOf(series), from, until, 5000)) {
      if (opened.has(`${series.id}-${occurrence.on}`)) continue;
      meetings.push({
        id: null,
        date: occurrence.on,
        startsAt: occurrence.wall,
        kind: series.kind,
        title: series.title ?? MEETING_KIND_LABELS[series.kind],
        status: 'prevue',
        participants: null,
        decisions: 0,
        actions: { total: 0, done: 0, late: 0 },
      });
    }
  }
  return {
    instanceId,
    instanceName: instance.name,
    meetings,
    invitees: invitees.map(({ meetingId, memberId, attendance, kind, name }) => ({
      meetingId,
      memberId,
      attendance,
      ...(kind === 'member' && memberId === null ? { formerMember: name } : {}),
    })),
    members,
  };
}

/** The network's life of a body over a period (ISO dates, both included; null: unbounded). */
export async function readNetworkLife(
  ctx: BackendContext,
  input: { instanceId: number; from: string | null; to: string | null },
): Promise<NetworkLifeDto> {
  const today = todayOf(ctx);
  const period = { from: input.from, to: input.to };
  return networkLifeOf(await readNetworkFacts(ctx.db, input.instanceId, period, today), period, today);
}

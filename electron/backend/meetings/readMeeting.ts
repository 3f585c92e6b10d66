import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type {
  AgendaItemDto,
  InviteeDto,
  MeetingActionDto,
  MeetingDto,
} from '../../../shared/meetings/meetingsDto';
import { MEETING_KIND_LABELS } from '../../../shared/meetings/meetingsVocabulary';
import { seriesSentence } from '../../../shared/meetings/recurrenceSentence';
import { parseRepresentatives } from '../governance/instanceMembers';
import { meetingNotFound } from './meetingNotFound';
import { placeDtoOf } from './placeOfInput';
import { seriesRuleOf } from './seriesRule';

/** One meeting as its page shows it: agenda with the roadmap's names, invitees with their e-mails. */

/** « Chantier 2 — Former les aidants », « Fiche action 2.1 — Ateliers seniors » (numbers as the roadmap shows them). */
async function roadmapLabels(db: Kysely<DB>) {
  const chantiers = await db
    .selectFrom('roadmapChantier')
    .select(['id', 'position', 'title'])
    .orderBy('position')
    .execute();
  const actions = await db
    .selectFrom('roadmapAction')
    .select(['id', 'chantierId', 'position', 'title'])
    .orderBy('chantierId')
    .orderBy('position')
    .execute();
  const chantierNumber = new Map(chantiers.map((c, index) => [c.id, index + 1]));
  const chantierLabel = new Map(chantiers.map((c, index) => [c.id, `Chantier ${index + 1} — ${c.title}`]));
  const actionIndex = new Map<number, number>();
  const actionLabel = new Map<number, string>();
  for (const action of actions) {
    const index = (actionIndex.get(action.chantierId) ?? 0) + 1;
    actionIndex.set(action.chantierId, index);
    actionLabel.set(
      action.id,
      `Fiche action ${chantierNumber.get(action.chantierId) ?? '?'}.${index} — ${action.title}`,
    );
  }
  return { chantiers, actions, chantierLabel, actionLabel, chantierNumber };
}
export type RoadmapLabels = Awaited<ReturnType<typeof roadmapLabels>>;
export { roadmapLabels };

/** Every address once, in the list's order: ready to paste into a message's Cci. */
function uniqueEmails(invitees: InviteeDto[]): string[] {
  const seen = new Set<string>();
  return invitees
    .flatMap((invitee) => invitee.emails)
    .filter((email) => {
      const key = email.toLowerCase();
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

export function meetingActionDtoOf(
  action: {
    id: number;
    meetingId: number;
    what: string;
    who: string | null;
    dueOn: string | null;
    doneOn: string | null;
    roadmapActionId: number | null;
  },
  labels: RoadmapLabels,
): MeetingActionDto {
  return {
    id: action.id,
    meetingId: action.meetingId,
    what: action.what,
    who: action.who,
    dueOn: action.dueOn,
    doneOn: action.doneOn,
    roadmapActionId: action.roadmapActionId,
    roadmapActionLabel:
      action.roadmapActionId === null ? null : (labels.actionLabel.get(action.roadmapActionId) ?? null),
  };
}

export async function readMeeting(db: Kysely<DB>, id: number): Promise<MeetingDto> {
  const row = await db
    .selectFrom('meeting as m')
    .innerJoin('instance as i', 'i.id', 'm.instanceId')
    .selectAll('m')
    .select('i.name as instanceName')
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) throw meetingNotFound();
  const series =
    row.seriesId === null
      ? null
      : await db.selectFrom('meetingSeries').selectAll().where('id', '=', row.seriesId).executeTakeFirst();
  const labels = await roadmapLabels(db);
  const agendaRows = await db
    .selectFrom('meetingAgendaItem')
    .selectAll()
    .where('meetingId', '=', id)
    .orderBy('position')
    .execute();
  const decisionRows =
    agendaRows.length === 0
      ? []
      : await db
          .selectFrom('meetingDecision')
          .select(['agendaItemId', 'text'])
          .where(
            'agendaItemId',
            'in',
            agendaRows.map((item) => item.id),
          )
          .orderBy('agendaItemId')
          .orderBy('position')
          .execute();
  const agenda: AgendaItemDto[] = agendaRows.map((item) => ({
    id: item.id,
    position: item.position,
    title: item.title,
    detail: item.detail,
    chantierId: item.chantierId,
    actionId: item.actionId,
    linkLabel:
      item.actionId !== null
        ? (labels.actionLabel.get(item.actionId) ?? null)
        : item.chantierId !== null
          ? (labels.chantierLabel.get(item.chantierId) ?? null)
          : null,
    notes: item.notes,
    decisions: decisionRows.filter((d) => d.agendaItemId === item.id).map((d) => d.text),
  }));
  const inviteeRows = await db
    .selectFrom('meetingInvitee as v')
    .leftJoin('instanceMember as im', 'im.id', 'v.memberId')
    .selectAll('v')
    .select(['im.representatives', 'im.kind as memberKind', 'im.mandate'])
    .where('v.meetingId', '=', id)
    .orderBy('v.position')
    .execute();
  const invitees: InviteeDto[] = inviteeRows.map((v) => ({
    id: v.id,
    kind: v.kind,
    memberId: v.memberId,
    actorId: v.actorId,
    name: v.name,
    organisation: v.kind === 'member' && v.memberKind === 'elected' ? v.mandate : v.organisation,
    emails:
      v.kind === 'member'
        ? parseRepresentatives(v.representatives ?? '[]').flatMap((r) => (r.email ? [r.email] : []))
        : v.email
          ? [v.email]
          : [],
    // An elected member is a person: they sign themself, under their mandate.
    representatives:
      v.kind === 'guest'
        ? []
        : v.memberKind === 'elected'
          ? [v.name]
          : parseRepresentatives(v.representatives ?? '[]').map((r) => r.name),
    attendance: v.attendance,
    representedBy: v.representedBy,
  }));
  const emails = uniqueEmails(invitees);
  const absent = invitees.filter((i) => i.attendance === 'absent' || i.attendance === 'excuse');
  const actions: MeetingActionDto[] = (
    await db.selectFrom('meetingAction').selectAll().where('meetingId', '=', id).orderBy('position').execute()
  ).map((action) => meetingActionDtoOf(action, labels));
  return {
    id: row.id,
    instanceId: row.instanceId,
    instanceName: row.instanceName,
    seriesId: row.seriesId,
    occurrenceOn: row.occurrenceOn,
    seriesSentence: series ? seriesSentence(seriesRuleOf(series)) : null,
    title: row.title,
    displayTitle: row.title ?? MEETING_KIND_LABELS[row.kind],
    kind: row.kind,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    place: placeDtoOf(row),
    status: row.status,
    moved:
      series !== undefined && series !== null && row.startsAt !== `${row.occurrenceOn}T${series.startTime}`,
    agenda,
    invitees,
    emails,
    withoutEmail: invitees.filter((invitee) => invitee.emails.length === 0).map((invitee) => invitee.name),
    actions,
    absentees: {
      names: absent.map((invitee) => invitee.name),
      emails: uniqueEmails(absent),
      withoutEmail: absent.filter((invitee) => invitee.emails.length === 0).map((invitee) => invitee.name),
    },
    participantsCount: row.participantsCount,
    revision: row.revision,
  };
}

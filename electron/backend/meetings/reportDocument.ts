import { Paragraph, TextRun, type FileChild } from 'docx';
import type { InviteeDto, MeetingDto } from '../../../shared/meetings/meetingsDto';
import { DOCX_MIME_TYPE } from '../../../shared/documents/documentDto';
import { formatDate, formatInteger, quoted } from '../../../shared/format/french';
import { ANIMATION_KINDS } from '../../../shared/meetings/meetingsVocabulary';
import { addMinutesToWall } from '../../../shared/meetings/parisTime';
import { followUpLabel } from '../../../shared/meetings/followUpState';
import { formatMeetingDay, formatMeetingStart, formatTimeRange } from '../../../shared/meetings/meetingTimes';
import { assembleDocument, documentBytes } from '../documents/assembleDocument';
import type { DocumentContext } from '../documents/documentContext';
import { PALETTE, STYLE } from '../documents/documentStyles';
import { documentFileName } from '../documents/fileName';
import { frenchTypography } from '../documents/frenchTypography';
import { Outline } from '../documents/outline';
import { body, bodyLines, labelled, note } from '../documents/paragraphs';
import { dataTable } from '../documents/tables';
import { meetingPhrase } from './meetingPhrase';

/**
 * The « Compte rendu » of a held meeting, for those who came and above all for those who could not (seed, step
 * 4: « pour permettre à ceux qui sont absents de se sentir malgré tout concernés »): when and where, who was
 * there, excused, absent or represented, each agenda item with its notes and decisions, the actions to follow
 * (what, who, by when), and the next meeting's date. What was not recorded is written as such.
 */

const nameOf = (invitee: InviteeDto) =>
  invitee.kind === 'guest' && invitee.organisation
    ? `${invitee.name} (${invitee.organisation})`
    : invitee.name;

/**
 * The head count typed on « Tenir et rendre compte », when someone counted (an empty field is not 0), then
 * « Présents : A, B. » lines, one per status; the invitees whose attendance was not said, last.
 */
function attendanceLines(meeting: MeetingDto): Paragraph[] {
  const of = (status: InviteeDto['attendance']) =>
    meeting.invitees.filter((invitee) => invitee.attendance === status);
  const list = (invitees: InviteeDto[]) =>
    invitees.length === 0 ? 'aucun' : invitees.map(nameOf).join(', ');
  const represented = of('represente').map((invitee) =>
    invitee.representedBy ? `${nameOf(invitee)}, par ${invitee.representedBy}` : nameOf(invitee),
  );
  const unknown = of(null);
  const counted =
    meeting.participantsCount === null
      ? []
      : [
          labelled(
            ANIMATION_KINDS.includes(meeting.kind) ? 'Participants, public compris' : 'Participants',
            formatInteger(meeting.participantsCount),
          ),
        ];
  return [
    ...counted,
    labelled('Présents', list(of('present'))),
    ...(represented.length > 0 ? [labelled('Représentés', represented.join('\u00a0; '))] : []),
    labelled('Excusés', list(of('excuse'))),
    labelled('Absents', list(of('absent'))),
    ...(unknown.length > 0 ? [labelled('Présence non renseignée', unknown.map(nameOf).join(', '))] : []),
  ];
}

function itemParagraphs(meeting: MeetingDto, outline: Outline): FileChild[] {
  if (meeting.agenda.length === 0) return [note('Aucun point n’était inscrit à l’ordre du jour.')];
  return meeting.agenda.flatMap((item, index) => [
    outline.heading(2, `${index + 1}. ${item.title}`),
    ...(item.linkLabel
      ? [
          new Paragraph({
            style: STYLE.body,
            spacing: { after: 80 },
            children: [
              new TextRun({ text: frenchTypography(item.linkLabel), italics: true, color: PALETTE.muted }),
            ],
          }),
        ]
      : []),
    ...(item.notes ? bodyLines(item.notes) : [note('Pas de notes pour ce point.')]),
    ...(item.decisions.length > 0
      ? [
          new Paragraph({
            style: STYLE.body,
            keepNext: true,
            spacing: { before: 80, after: 40 },
            children: [
              new TextRun({ text: item.decisions.length > 1 ? 'Décisions' : 'Décision', bold: true }),
            ],
          }),
          ...item.decisions.map(
            (decision) =>
              new Paragraph({
                style: STYLE.body,
                indent: { left: 426, hanging: 284 },
                spacing: { after: 40 },
                children: [new TextRun(`–\u00a0${frenchTypography(decision)}`)],
              }),
          ),
        ]
      : []),
  ]);
}

/** `today`: the day the compte rendu is written, on which an action past its due date is « En retard », as on screen. */
export function reportBody(
  meeting: MeetingDto,
  nextMeeting: string | null,
  outline: Outline,
  today: string,
): FileChild[] {
  const end = addMinutesToWall(meeting.startsAt, meeting.durationMinutes);
  return [
    body(
      `${meetingPhrase(meeting)} de l’instance ${quoted(meeting.instanceName)}, le ${formatMeetingStart(meeting.startsAt)}.`,
    ),
    labelled('Date', `${formatMeetingDay(meeting.startsAt)}, ${formatTimeRange(meeting.startsAt, end)}`),
    labelled(
      'Lieu',
      meeting.place ? [meeting.place.label, meeting.place.address].filter(Boolean).join(', ') : null,
    ),
    outline.heading(1, 'Participants'),
    ...attendanceLines(meeting),
    outline.heading(1, 'Ordre du jour et échanges'),
    ...itemParagraphs(meeting, outline),
    outline.heading(1, 'Actions à suivre'),
    ...(meeting.actions.length === 0
      ? [note('Aucune action n’a été décidée.')]
      : [
          dataTable({
            columns: [
              { title: 'Action', share: 0.46 },
              { title: 'Qui', share: 0.22 },
              { title: 'Échéance', share: 0.16 },
              { title: 'État', share: 0.16 },
            ],
            rows: meeting.actions.map((action) => [
              action.roadmapActionLabel ? `${action.what}\n(${action.roadmapActionLabel})` : action.what,
              action.who,
              action.dueOn ? formatDate(action.dueOn) : null,
              followUpLabel(action, today),
            ]),
            zebra: true,
          }),
        ]),
    outline.heading(1, 'Prochaine réunion'),
    nextMeeting
      ? body(`La prochaine réunion aura lieu le ${formatMeetingStart(nextMeeting)}.`)
      : note('La date de la prochaine réunion n’est pas encore fixée.'),
  ];
}

/** The .docx of the compte rendu, ready to be saved. */
export async function reportFile(meeting: MeetingDto, nextMeeting: string | null, context: DocumentContext) {
  const outline = new Outline();
  const document = assembleDocument({
    territoryName: context.territory.displayName,
    title: 'Compte rendu',
    subtitle: meeting.instanceName,
    date: formatMeetingDay(meeting.startsAt),
    author: context.author,
    logo: context.logo,
    layout: 'note',
    outline,
    contentsDepth: 0,
    body: reportBody(meeting, nextMeeting, outline, context.today),
  });
  const bytes = await documentBytes(document);
  return {
    fileName: documentFileName(
      `Compte rendu – ${meeting.displayTitle} du ${formatMeetingDay(meeting.startsAt)}`,
      context.territory.displayName,
    ),
    mimeType: DOCX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}

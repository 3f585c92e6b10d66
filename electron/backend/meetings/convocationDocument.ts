import { Paragraph, TextRun, type FileChild } from 'docx';
import type { MeetingDto } from '../../../shared/meetings/meetingsDto';
import { DOCX_MIME_TYPE } from '../../../shared/documents/documentDto';
import { addMinutesToWall } from '../../../shared/meetings/parisTime';
import { formatMeetingDay, formatMeetingStart, formatTimeRange } from '../../../shared/meetings/meetingTimes';
import { assembleDocument, documentBytes } from '../documents/assembleDocument';
import type { DocumentContext } from '../documents/documentContext';
import { STYLE } from '../documents/documentStyles';
import { documentFileName } from '../documents/fileName';
import { frenchTypography } from '../documents/frenchTypography';
import { Outline } from '../documents/outline';
import { body, labelled, note } from '../documents/paragraphs';
import { quoted } from '../../../shared/format/french';
import { lowerFirst } from '../../../shared/format/frenchList';
import { invitedToPhrase } from './meetingPhrase';

/**
 * The « Convocation » to one meeting, as a one- or two-page Word note in the house style (logo in the header,
 * title, territory and date): when (« jeudi 7 janvier 2027 à 14 h »), where (place and address), the ordre du
 * jour numbered with its roadmap links, who is invited, and the request to confirm.
 */

function agendaItem(index: number, title: string, detail: string | null, link: string | null): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.body,
      indent: { left: 426, hanging: 426 },
      spacing: { before: 80, after: detail || link ? 0 : 80 },
      keepNext: Boolean(detail || link) || undefined,
      children: [
        new TextRun({ text: `${index}.\t`, bold: true }),
        new TextRun({ text: frenchTypography(title), bold: true }),
      ],
      tabStops: [{ type: 'left', position: 426 }],
    }),
    ...(detail
      ? [
          new Paragraph({
            style: STYLE.body,
            indent: { left: 426 },
            spacing: { after: link ? 0 : 80 },
            children: [new TextRun(frenchTypography(detail))],
          }),
        ]
      : []),
    ...(link
      ? [
          new Paragraph({
            style: STYLE.body,
            indent: { left: 426 },
            spacing: { after: 80 },
            children: [new TextRun({ text: frenchTypography(link), italics: true, color: '5A6270' })],
          }),
        ]
      : []),
  ];
}

export function convocationBody(
  meeting: MeetingDto,
  context: DocumentContext,
  outline: Outline,
): FileChild[] {
  const end = addMinutesToWall(meeting.startsAt, meeting.durationMinutes);
  const guests = meeting.invitees.filter((invitee) => invitee.kind === 'guest');
  const members = meeting.invitees.filter((invitee) => invitee.kind === 'member');
  const cancelled = meeting.status === 'annulee';
  return [
    ...(cancelled ? [body('Cette réunion est annulée.')] : []),
    body(
      `Vous êtes invité·e ${invitedToPhrase(meeting)} de l’instance ${quoted(meeting.instanceName)}, le ${formatMeetingStart(meeting.startsAt)}.`,
    ),
    labelled('Date', `${formatMeetingDay(meeting.startsAt)}, ${formatTimeRange(meeting.startsAt, end)}`),
    labelled(
      'Lieu',
      meeting.place ? [meeting.place.label, meeting.place.address].filter(Boolean).join(', ') : null,
    ),
    ...(meeting.seriesSentence ? [labelled('Rendez-vous régulier', lowerFirst(meeting.seriesSentence))] : []),
    outline.heading(1, 'Ordre du jour'),
    ...(meeting.agenda.length === 0
      ? [note('L’ordre du jour sera envoyé avant la réunion.')]
      : meeting.agenda.flatMap((item, index) =>
          agendaItem(index + 1, item.title, item.detail, item.linkLabel),
        )),
    outline.heading(1, 'Invités'),
    ...(members.length > 0
      ? [body(`Les membres de l’instance\u00a0: ${members.map((m) => m.name).join(', ')}.`)]
      : []),
    ...(guests.length > 0
      ? [
          body(
            `Invités\u00a0: ${guests.map((g) => (g.organisation ? `${g.name} (${g.organisation})` : g.name)).join(', ')}.`,
          ),
        ]
      : []),
    ...(members.length + guests.length === 0 ? [note('Personne n’est encore invité.')] : []),
    new Paragraph({
      style: STYLE.body,
      spacing: { before: 240 },
      children: [
        new TextRun(
          frenchTypography(
            `Merci de confirmer votre présence${context.author ? ` auprès de ${context.author}` : ''}${context.territory.contact.email ? ` (${context.territory.contact.email})` : ''}, ou de vous faire représenter si vous ne pouvez pas venir.`,
          ),
        ),
      ],
    }),
  ];
}

/** The .docx of the convocation, ready to be saved. */
export async function convocationFile(meeting: MeetingDto, context: DocumentContext) {
  const outline = new Outline();
  const document = assembleDocument({
    territoryName: context.territory.displayName,
    title: 'Convocation',
    subtitle: meeting.instanceName,
    // The meeting's day, as the émargement and the compte rendu: a date of issue there read as the meeting's.
    date: formatMeetingDay(meeting.startsAt),
    author: context.author,
    logo: context.logo,
    layout: 'note',
    outline,
    contentsDepth: 0,
    body: convocationBody(meeting, context, outline),
  });
  const bytes = await documentBytes(document);
  return {
    fileName: documentFileName(
      `Convocation – ${meeting.displayTitle} du ${formatMeetingDay(meeting.startsAt)}`,
      context.territory.displayName,
    ),
    mimeType: DOCX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}

import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { MeetingDto } from '../../../shared/meetings/meetingsDto';
import { DOCX_MIME_TYPE } from '../../../shared/documents/documentDto';
import { addMinutesToWall } from '../../../shared/meetings/parisTime';
import { formatMeetingDay, formatTimeRange } from '../../../shared/meetings/meetingTimes';
import { assembleDocument, documentBytes } from '../documents/assembleDocument';
import type { DocumentContext } from '../documents/documentContext';
import { PALETTE, STYLE } from '../documents/documentStyles';
import { documentFileName } from '../documents/fileName';
import { frenchTypography } from '../documents/frenchTypography';
import { Outline } from '../documents/outline';
import { body, labelled, note } from '../documents/paragraphs';
import { columnWidths } from '../documents/tables';
import { meetingPhrase } from './meetingPhrase';
import { quoted } from '../../../shared/format/french';

/**
 * The « Feuille d'émargement » of one meeting, to print and sign: the meeting (body, date, time, place), then a
 * table with one tall row per invitee (a member's representatives by name, or a blank to write it in, and the
 * organisation) and an empty signature cell, then blank rows for those who come without being invited.
 */

/** Blank rows at the end, for unexpected participants. */
export const BLANK_ROWS = 6;
/** A row tall enough to sign in (about 1,2 cm). */
const ROW_HEIGHT = 680;

const line = { style: BorderStyle.SINGLE, size: 4, color: PALETTE.rule };
const margins = { top: 60, bottom: 60, left: 100, right: 100 };
const COLUMNS = [
  { title: 'Nom et prénom', share: 0.36 },
  // A member's organisation, an elected member's mandate (« Vice-président »), a guest's organisation.
  { title: 'Structure ou mandat', share: 0.36 },
  { title: 'Signature', share: 0.28 },
];

const cell = (text: string, options: { header?: boolean; muted?: boolean } = {}) =>
  new TableCell({
    verticalAlign: options.header ? VerticalAlign.BOTTOM : VerticalAlign.CENTER,
    shading: options.header
      ? { type: ShadingType.CLEAR, fill: PALETTE.headerFill, color: 'auto' }
      : undefined,
    children: frenchTypography(text)
      .split('\n')
      .map(
        (part) =>
          new Paragraph({
            style: options.header ? STYLE.tableHeader : STYLE.tableText,
            children: [new TextRun({ text: part, color: options.muted ? PALETTE.muted : undefined })],
          }),
      ),
  });

/** One row per invitee: a member signs for its organisation (its representatives named), a guest for themself. */
export function attendanceRows(meeting: MeetingDto): { name: string; organisation: string }[] {
  return meeting.invitees.map((invitee) =>
    invitee.kind === 'member'
      ? { name: invitee.representatives.join('\n'), organisation: invitee.organisation ?? invitee.name }
      : { name: invitee.name, organisation: invitee.organisation ?? '' },
  );
}

function sheetTable(meeting: MeetingDto): Table {
  const widths = columnWidths(COLUMNS);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((column) => cell(column.title, { header: true })),
  });
  const filled = attendanceRows(meeting).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST },
        children: [cell(row.name), cell(row.organisation, { muted: true }), cell('')],
      }),
  );
  const blank = Array.from(
    { length: BLANK_ROWS },
    () =>
      new TableRow({
        cantSplit: true,
        height: { value: ROW_HEIGHT, rule: HeightRule.ATLEAST },
        children: [cell(''), cell(''), cell('')],
      }),
  );
  return new Table({
    rows: [header, ...filled, ...blank],
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { ...margins, marginUnitType: WidthType.DXA },
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
  });
}

export function attendanceSheetBody(meeting: MeetingDto): FileChild[] {
  const end = addMinutesToWall(meeting.startsAt, meeting.durationMinutes);
  return [
    body(`${meetingPhrase(meeting)} de l’instance ${quoted(meeting.instanceName)}.`),
    labelled('Date', `${formatMeetingDay(meeting.startsAt)}, ${formatTimeRange(meeting.startsAt, end)}`),
    labelled(
      'Lieu',
      meeting.place ? [meeting.place.label, meeting.place.address].filter(Boolean).join(', ') : null,
    ),
    ...(meeting.status === 'annulee' ? [note('Cette réunion est annulée.')] : []),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    sheetTable(meeting),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    note(
      'Les participants non invités s’inscrivent sur les lignes vides. Un membre représenté\u00a0: le représentant signe et indique «\u00a0pour\u00a0» la structure.',
    ),
  ];
}

/** The .docx of the feuille d'émargement, ready to be saved. */
export async function attendanceSheetFile(meeting: MeetingDto, context: DocumentContext) {
  const outline = new Outline();
  const document = assembleDocument({
    territoryName: context.territory.displayName,
    title: 'Feuille d’émargement',
    subtitle: meeting.instanceName,
    date: formatMeetingDay(meeting.startsAt),
    author: context.author,
    logo: context.logo,
    layout: 'note',
    outline,
    contentsDepth: 0,
    body: attendanceSheetBody(meeting),
  });
  const bytes = await documentBytes(document);
  return {
    fileName: documentFileName(
      `Émargement – ${meeting.displayTitle} du ${formatMeetingDay(meeting.startsAt)}`,
      context.territory.displayName,
    ),
    mimeType: DOCX_MIME_TYPE,
    contentBase64: bytes.toString('base64'),
    byteCount: bytes.length,
  };
}

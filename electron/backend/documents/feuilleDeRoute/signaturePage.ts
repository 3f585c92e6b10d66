import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { RoadmapDto, RoadmapSignatureDto } from '../../../../shared/roadmap/roadmapDto';
import { signsForMembers, signsForSentence } from '../../../../shared/roadmap/signsFor';
import { formatDate, quoted } from '../../../../shared/format/french';
import { signatureStatusLine } from '../../../../shared/roadmap/signatureStatusLine';
import { CONTENT_WIDTH, PALETTE, STYLE } from '../documentStyles';
import { epiceneForm } from '../../../../shared/roadmap/genderedWording';
import { frenchTypography } from '../frenchTypography';
import type { Outline } from '../outline';
import { body } from '../paragraphs';
import { columnWidths } from '../tables';

/**
 * The page every member signs: « Fait à …, le … », then one block per organisation (the EPCI once) with its
 * signatory, the signatory's function written out, where the signature stands as the screen says it (« Refusé le
 * … », never « Signé »), and room to sign. A signatory or a function not yet chosen
 * is left as a line to fill in by hand, and a function is never printed with an inclusive abbreviation
 * (« Président·e », kept in versions adopted before it was refused, becomes a line to fill in).
 */

const COLUMNS = [
  { title: 'Organisation', share: 3.4 },
  { title: 'Signataire et fonction', share: 3.3 },
  { title: 'Signature', share: 3.3 },
];

const line = { style: BorderStyle.SINGLE, size: 4, color: PALETTE.rule };
const noLine = { style: BorderStyle.NIL, size: 0, color: 'auto' };

const TO_FILL = '………………………………';

/** The function as printed: written out, or a line to fill in (never « Président·e »). */
function functionLine(text: string | null): string {
  const printable = text === null ? null : epiceneForm(text.trim());
  return printable ? frenchTypography(printable) : `Fonction\u00a0: ${TO_FILL}`;
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 80, bottom: 80, left: 80, right: 80 },
    children,
  });
}

/** « Signe aussi pour … » under the organisation that signs once for several members of the body. */
function signsForLine(roadmap: RoadmapDto, signature: RoadmapSignatureDto): Paragraph[] {
  const sentence = signsForSentence(signsForMembers(signature, roadmap.members).map((member) => member.name));
  if (!sentence) return [];
  return [
    new Paragraph({
      style: STYLE.tableText,
      children: [new TextRun({ text: frenchTypography(sentence), color: PALETTE.muted })],
    }),
  ];
}

export function signaturePage(roadmap: RoadmapDto, outline: Outline): FileChild[] {
  const widths = columnWidths(COLUMNS);
  const place = roadmap.adoption?.place ?? null;
  const date = roadmap.adoption ? formatDate(roadmap.adoption.adoptedOn) : null;
  const madeAt = new Paragraph({
    style: STYLE.body,
    spacing: { before: 240, after: 240 },
    children: [new TextRun(`Fait à ${place ?? TO_FILL}, le ${date ?? TO_FILL}`)],
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((column, index) =>
      cell(
        [
          new Paragraph({
            style: STYLE.tableText,
            children: [new TextRun({ text: column.title, bold: true })],
          }),
        ],
        widths[index]!,
      ),
    ),
  });
  const rows = roadmap.signatures.map(
    (signature) =>
      new TableRow({
        cantSplit: true,
        // Room to sign by hand: about 2,5 cm.
        height: { value: 1400, rule: 'atLeast' },
        children: [
          cell(
            [
              new Paragraph({
                style: STYLE.tableText,
                children: [new TextRun({ text: frenchTypography(signature.organisation), bold: true })],
              }),
              ...signsForLine(roadmap, signature),
            ],
            widths[0]!,
          ),
          cell(
            [
              new Paragraph({
                style: STYLE.tableText,
                children: [
                  signature.signatory
                    ? new TextRun(frenchTypography(signature.signatory))
                    : new TextRun({ text: `Nom\u00a0: ${TO_FILL}`, color: PALETTE.muted }),
                ],
              }),
              new Paragraph({
                style: STYLE.tableText,
                children: [new TextRun({ text: functionLine(signature.function), color: PALETTE.muted })],
              }),
              new Paragraph({
                style: STYLE.tableText,
                children: [
                  new TextRun({
                    text: signatureStatusLine(signature.status, signature.signedOn),
                    color: PALETTE.muted,
                  }),
                ],
              }),
            ],
            widths[1]!,
          ),
          cell(
            [
              new Paragraph({
                style: STYLE.tableText,
                children: [new TextRun({ text: 'Signature\u00a0:', color: PALETTE.muted })],
              }),
            ],
            widths[2]!,
          ),
        ],
      }),
  );
  const blocks: FileChild[] = [outline.heading(1, 'Signatures', { pageBreakBefore: true })];
  blocks.push(
    body(
      `Les membres de l’instance ${roadmap.instance ? quoted(roadmap.instance.name) : 'de coordination'} adoptent la présente feuille de route et s’engagent à la mettre en œuvre, chacun pour ce qui le concerne.`,
    ),
    madeAt,
  );
  if (roadmap.signatures.length === 0) {
    blocks.push(body('Aucun membre de l’instance n’est encore désigné.'));
    return blocks;
  }
  blocks.push(
    new Table({
      rows: [header, ...rows],
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: line,
        bottom: line,
        left: noLine,
        right: noLine,
        insideHorizontal: line,
        insideVertical: noLine,
      },
    }),
  );
  return blocks;
}

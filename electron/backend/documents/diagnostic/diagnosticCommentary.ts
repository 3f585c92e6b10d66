import { Paragraph, TextRun, type FileChild } from 'docx';
import {
  COMMENTARY_SECTION_LABELS,
  type CommentarySection,
  type DiagnosticDto,
} from '../../../../shared/diagnostic/diagnosticDto';
import { STYLE } from '../documentStyles';
import { andList } from '../../../../shared/format/frenchList';
import { frenchTypography } from '../frenchTypography';
import { missingRun } from '../missing';
import type { Outline } from '../outline';
import { bodyLines } from '../paragraphs';

/**
 * The user's commentary in the diagnostic: each part's under its heading, and the parts left unwritten named
 * once in the synthesis.
 */

const COMMENTARY_ORDER: CommentarySection[] = ['synthese', 'fragilite', 'offre', 'ecarts'];

const commentaryOf = (dto: DiagnosticDto, section: CommentarySection) =>
  dto.commentary[section]?.trim() ?? '';

/** The commentary written for a part, under its heading; nothing when none is written (see `unwritten`). */
export function commentary(dto: DiagnosticDto, section: CommentarySection, outline: Outline): FileChild[] {
  const text = commentaryOf(dto, section);
  if (text === '') return [];
  const title =
    section === 'synthese'
      ? 'Commentaire'
      : `Commentaire\u00a0: ${COMMENTARY_SECTION_LABELS[section].toLowerCase()}`;
  return [outline.heading(2, title), ...bodyLines(text)];
}

/** The parts whose commentary is not written, named once in the synthesis rather than a heading each. */
export function unwritten(dto: DiagnosticDto): FileChild[] {
  const missing = COMMENTARY_ORDER.filter((section) => commentaryOf(dto, section) === '');
  if (missing.length === 0) return [];
  const parts = missing.map((section) =>
    section === 'synthese'
      ? 'la synthèse'
      : COMMENTARY_SECTION_LABELS[section].charAt(0).toLocaleLowerCase('fr') +
        COMMENTARY_SECTION_LABELS[section].slice(1),
  );
  return [
    new Paragraph({
      style: STYLE.body,
      children: [
        new TextRun(
          frenchTypography(
            missing.length === COMMENTARY_ORDER.length
              ? 'Commentaires\u00a0: '
              : `Commentaire sur ${andList(parts)}\u00a0: `,
          ),
        ),
        missingRun(missing.length === COMMENTARY_ORDER.length ? 'mp' : 'm'),
      ],
    }),
  ];
}

import { TextRun } from 'docx';
import { PALETTE } from './documentStyles';

/**
 * What a document says where data is missing: « non renseigné », agreed with the noun it stands for, in grey
 * italics, so that a reader sees the gap rather than an empty line (and the technician sees what to fill in).
 */

export type Agreement = 'm' | 'f' | 'mp' | 'fp';

const FORMS: Record<Agreement, string> = {
  m: 'non renseigné',
  f: 'non renseignée',
  mp: 'non renseignés',
  fp: 'non renseignées',
};

export const notProvided = (agreement: Agreement = 'm'): string => FORMS[agreement];

export const missingRun = (agreement: Agreement = 'm'): TextRun =>
  new TextRun({ text: FORMS[agreement], italics: true, color: PALETTE.missing });

/** The text, or « non renseigné » when it is empty. */
export function textOrMissing(value: string | null | undefined, agreement: Agreement = 'm'): TextRun {
  const text = value?.trim() ?? '';
  return text === '' ? missingRun(agreement) : new TextRun(text);
}

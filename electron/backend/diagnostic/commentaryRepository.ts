import {
  COMMENTARY_SECTIONS,
  type CommentarySection,
  type DiagnosticCommentaryDto,
} from '../../../shared/diagnostic/diagnosticDto';
import type { DataStore } from '../db/dataStore';

/**
 * The user's commentary of the diagnostic, one text per section (an empty text removes the section).
 * Prepared statements: the diagnostic, computed synchronously, reads it with its other inputs.
 */

export function readCommentary({ sqlite }: Pick<DataStore, 'sqlite'>): DiagnosticCommentaryDto {
  const rows = sqlite.prepare('SELECT section, text FROM diagnostic_commentary').all() as {
    section: string;
    text: string;
  }[];
  const texts = new Map(rows.map((r) => [r.section, r.text]));
  return Object.fromEntries(
    COMMENTARY_SECTIONS.map((section) => [section, texts.get(section) ?? '']),
  ) as DiagnosticCommentaryDto;
}

export function writeCommentary(
  { sqlite }: Pick<DataStore, 'sqlite'>,
  section: CommentarySection,
  text: string,
  updatedAt: string,
): void {
  const trimmed = text.trim();
  if (trimmed === '') sqlite.prepare('DELETE FROM diagnostic_commentary WHERE section = ?').run(section);
  else
    sqlite
      .prepare(
        `INSERT INTO diagnostic_commentary (section, text, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (section) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
      )
      .run(section, trimmed, updatedAt);
}

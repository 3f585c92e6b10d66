import type Database from 'better-sqlite3';
import {
  COMMENTARY_SECTIONS,
  type CommentarySection,
  type DiagnosticCommentaryDto,
} from '../../../shared/diagnostic/diagnosticDto';

/** The user's commentary of the diagnostic, one text per section (an empty text removes the section). */

export function readCommentary(sqlite: Database.Database): DiagnosticCommentaryDto {
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
  sqlite: Database.Database,
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

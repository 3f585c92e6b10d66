/**
 * The export screen's report: the standard's problems grouped by row (one actor's place), with French
 * field names. Pure: no React, no DOM.
 */
import type { ExportProblemDto } from '../../../../shared/interop/exportDto';

export const STANDARD_FIELD_LABELS: Record<string, string> = {
  id: 'Identifiant',
  pivot: 'SIRET',
  nom: 'Nom',
  commune: 'Commune',
  code_postal: 'Code postal',
  code_insee: 'Code INSEE',
  adresse: 'Adresse',
  telephone: 'Téléphone',
  horaires: 'Horaires',
  date_maj: 'Date de mise à jour',
  presentation_resume: 'Présentation',
};

export interface ReportRow {
  key: string;
  actorId: number;
  actorName: string;
  placeName: string | null;
  reasons: { field: string; message: string }[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One entry per row of the file, in the order the backend reported them. */
export function reportRows(problems: readonly ExportProblemDto[]): ReportRow[] {
  const rows = new Map<string, ReportRow>();
  for (const problem of problems) {
    const key = `${problem.actorId}/${problem.placeName ?? ''}`;
    const row = rows.get(key) ?? {
      key,
      actorId: problem.actorId,
      actorName: problem.actorName,
      placeName: problem.placeName,
      reasons: [],
    };
    row.reasons.push({
      field: STANDARD_FIELD_LABELS[problem.field] ?? problem.field,
      message: capitalised(problem.message),
    });
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** The place as the report names it: « Lieu — Acteur », or the actor alone for its own address. */
/**
 * « Accueil (Mairie) »: the place, then its actor; a place whose name already ends in brackets takes a dash
 * instead (« Bus numérique (tournée des communes) — Bus numérique du Civraisien »).
 */
export function rowLabel(row: Pick<ReportRow, 'actorName' | 'placeName'>): string {
  if (!row.placeName || row.placeName === row.actorName) return row.actorName;
  return row.placeName.endsWith(')')
    ? `${row.placeName} — ${row.actorName}`
    : `${row.placeName} (${row.actorName})`;
}

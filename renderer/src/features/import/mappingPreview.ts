/** The first values of a column, for the mapping wizard: « Médiathèque · CCAS · Mairie ». */
export function mappingPreview(headers: string[], rows: string[][], header: string | undefined): string {
  if (!header) return '';
  const index = headers.indexOf(header);
  if (index < 0) return '';
  const values = rows
    .slice(0, 3)
    .map((row) => (row[index] ?? '').trim())
    .filter(Boolean)
    .map((value) => (value.length > 40 ? `${value.slice(0, 39)}…` : value));
  return values.length > 0 ? values.join(' · ') : '(vide)';
}

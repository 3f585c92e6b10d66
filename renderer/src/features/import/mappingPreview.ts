import type { ColumnMapping, ImportField } from '../../../../shared/interop/importFields';

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** The first values of a column, for the mapping wizard: « Médiathèque · CCAS · Mairie ». */
export function mappingPreview(headers: string[], rows: string[][], header: string | undefined): string {
  if (!header) return '';
  const index = headers.indexOf(header);
  if (index < 0) return '';
  const values = rows
    .slice(0, 3)
    .map((row) => (row[index] ?? '').trim())
    .filter(Boolean)
    .map(shorten);
  return values.length > 0 ? values.join(' · ') : '(vide)';
}

/**
 * A field's preview as the import will read it: the address with its house number in front when the number
 * has its own column (« 12 rue de la Paix »), any other field as its column.
 */
export function fieldPreview(
  field: ImportField,
  headers: string[],
  rows: string[][],
  mapping: ColumnMapping,
): string {
  const street = mapping.address === undefined ? -1 : headers.indexOf(mapping.address);
  const number = mapping.houseNumber === undefined ? -1 : headers.indexOf(mapping.houseNumber);
  if (field !== 'address' || street < 0 || number < 0) return mappingPreview(headers, rows, mapping[field]);
  const values = rows
    .slice(0, 3)
    .map((row) => {
      const [n, s] = [(row[number] ?? '').trim(), (row[street] ?? '').trim()];
      return n && s && !s.startsWith(`${n} `) ? `${n} ${s}` : s;
    })
    .filter(Boolean)
    .map(shorten);
  return values.length > 0 ? values.join(' · ') : '(vide)';
}

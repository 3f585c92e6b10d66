/**
 * Numbers as the user types them in French: « 12 500 », « 12 500,50 », « 45 % » read back as 12500, 12500.5, 45.
 * An empty box is « not set » (null); anything else that is not a number is refused with a French message.
 */
export type NumberReading = { ok: true; value: number | null } | { ok: false; message: string };

export function readNumber(text: string, options: { integer?: boolean; min?: number } = {}): NumberReading {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(€|%|euros?)$/i, '')
    .replace(',', '.');
  if (cleaned === '') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(cleaned))
    return { ok: false, message: 'Saisissez un nombre (par exemple 12 500).' };
  const value = Number(cleaned);
  if (options.integer && !Number.isInteger(value))
    return { ok: false, message: 'Saisissez un nombre entier.' };
  if (options.min !== undefined && value < options.min)
    return { ok: false, message: `Saisissez un nombre supérieur ou égal à ${options.min}.` };
  return { ok: true, value };
}

/** The text a number box shows for a stored value: « 12 500 », « 0,5 », '' when not set. */
export function numberText(value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: true })
    .format(value)
    .replace(/[\u202f]/g, '\u00a0');
}

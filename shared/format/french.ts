/** The months in French, lower case, January first. */
export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** « 5 avril 2026 », « 1er mai 2026 » from an ISO date or date-time (the date part is used as written). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const day = Number(match[3]);
  const month = MONTH_NAMES[Number(match[2]) - 1];
  if (!month) return iso;
  return `${day === 1 ? '1er' : day}\u00a0${month} ${match[1]}`;
}

/** « 5 avril 2026 à 14 h 05 » from an ISO date-time, in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${formatDate(local)} à ${date.getHours()}\u00a0h\u00a0${String(date.getMinutes()).padStart(2, '0')}`;
}

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 12 345 » with the narrow no-break space French typography uses between thousands. */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** « 87 % », a whole percentage, with the no-break space French typography puts before « % ». */
export const formatPercent = (value: number): string => `${formatInteger(value)}\u00a0%`;

export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

const oneDecimalFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** « 3,0 », « 12,4 »: rates and scores in a column, each with its one decimal so that they line up. */
export function formatOneDecimal(value: number): string {
  return oneDecimalFormat.format(value);
}

/** « 1 acteur », « 12 acteurs », « aucun acteur ». */
export function countLabel(count: number, singular: string, plural = `${singular}s`, zero?: string): string {
  if (count === 0 && zero) return zero;
  return `${formatInteger(count)}\u00a0${count > 1 ? plural : singular}`;
}

/**
 * « Nom » → « « Nom » » with the no-break spaces French quotes take. Guillemets already in the text become
 * the inner quotes French nests inside them, and so do straight ones typed in pairs (the documents' typography
 * would turn them into guillemets): « Café-débat “L’inclusion numérique” », never « « … » ».
 */
export const quoted = (text: string): string =>
  `«\u00a0${text
    .replace(/«[\s\u00a0\u202f]*/g, '“')
    .replace(/[\s\u00a0\u202f]*»/g, '”')
    .replace(/"([^"]*)"/g, '“$1”')}\u00a0»`;

/**
 * « de » before a name, elided or contracted as French wants it: « de Civray », « d’Espace France Services »,
 * « d’Épicerie solidaire », « du Relais » (Le), « des Adjots » (Les), « de La Poste ».
 */
export function ofName(name: string): string {
  if (/^Le\s/.test(name)) return `du ${name.slice(3)}`;
  if (/^Les\s/.test(name)) return `des ${name.slice(4)}`;
  return /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü]/.test(name) ? `d’${name}` : `de ${name}`;
}

/**
 * A sentence written after a colon starts in lower case, as French wants it: « ligne 12, colonne « nom » :
 * nom manquant. ». A first word with a capital past its first letter (« SIRET », « Wallis-et-Futuna »,
 * « Saint-Pierre ») is left as it is, and so is one followed by another capitalised word, the mark of a name
 * (« France Services », « Aidants Connect »).
 */
export function afterColon(sentence: string): string {
  const words = /^(\p{Lu}\S*)(?:\s+(\S*))?/u.exec(sentence);
  if (!words) return sentence;
  const [, first, second] = words as unknown as [string, string, string | undefined];
  // « SIRET », « Wallis-et-Futuna », « Saint-Pierre » (but « L’adresse » is a common word).
  if (/\p{Lu}/u.test(first.slice(1))) return sentence;
  if (second !== undefined && /^\p{Lu}\p{Ll}/u.test(second)) return sentence;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

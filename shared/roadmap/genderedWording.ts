/**
 * Inclusive abbreviations in a function or a mandate (« Président·e », « Conseiller·ère municipal·e »,
 * « Directeur/trice », « Adjoint(e) »): found, and spelt out in full. A signed document never prints them: a
 * person signs as « Président » or « Présidente », and when nothing says which, a form without gender is used
 * where French has one (« Membre du conseil municipal »), else the user chooses between the two written-out forms.
 * Shared: the signature schema refuses such a function, and the engine prefills without one.
 */

const SUFFIXES = 'trice|rice|euse|ère|ere|e|le|ne|sse|ve';
const LETTERS = 'A-Za-zÀ-ÖØ-öø-ÿ';
/** A word, then a mark (middle dot, bullet, full stop, slash, or brackets), then a feminine ending. */
const INCLUSIVE = new RegExp(
  `([${LETTERS}]+)(?:[·•⋅.\\/](${SUFFIXES})|\\((${SUFFIXES})\\))(?:[·•⋅.]s)?(?![${LETTERS}])`,
  'g',
);

export function hasInclusiveMark(text: string): boolean {
  INCLUSIVE.lastIndex = 0;
  return INCLUSIVE.test(text);
}

function feminineWord(stem: string, suffix: string): string {
  const lower = stem.toLowerCase();
  if (suffix === 'trice' && lower.endsWith('teur')) return `${stem.slice(0, -4)}trice`;
  if ((suffix === 'rice' || suffix === 'trice') && lower.endsWith('eur')) return `${stem.slice(0, -3)}rice`;
  if (suffix === 'euse' && lower.endsWith('eur')) return `${stem.slice(0, -3)}euse`;
  if ((suffix === 'ère' || suffix === 'ere' || suffix === 'e') && lower.endsWith('er'))
    return `${stem.slice(0, -2)}ère`;
  if (suffix === 'e' && (lower.endsWith('el') || lower.endsWith('en'))) return `${stem}${stem.slice(-1)}e`;
  if (suffix === 've' && lower.endsWith('f')) return `${stem.slice(0, -1)}ve`;
  if (suffix === 'ère' || suffix === 'ere') return `${stem}ère`;
  return `${stem}${suffix}`;
}

/** « Président·e de la communauté » → « Président de la communauté ». */
export function masculineForm(text: string): string {
  return text.replace(INCLUSIVE, (_match, stem: string) => stem);
}

/** « Conseiller·ère municipal·e » → « Conseillère municipale ». */
export function feminineForm(text: string): string {
  return text.replace(INCLUSIVE, (_match, stem: string, dotted?: string, bracketed?: string) =>
    feminineWord(stem, dotted ?? bracketed ?? 'e'),
  );
}

/** The councils whose members French names without gender: « Membre du conseil municipal ». */
const COUNCIL =
  /^\s*conseill[^\s]*\s+(municipal|communautaire|départemental|departemental|régional|regional)[^\s]*/i;

/**
 * The same function without gender marks, where French has a form that reads right for anyone; null where it
 * has none (« Président·e » is « Président » or « Présidente », and only the person can say which).
 */
export function epiceneForm(text: string): string | null {
  if (!hasInclusiveMark(text)) return text;
  const council = COUNCIL.exec(text);
  if (!council) return null;
  const rest = text.slice(council[0].length);
  if (hasInclusiveMark(rest)) return null;
  const adjective = council[1]!
    .toLowerCase()
    .replace('departemental', 'départemental')
    .replace('regional', 'régional');
  return `Membre du conseil ${adjective}${rest}`;
}

/**
 * French typography for text that goes into a printed document: a no-break space before « : ; ? ! » and
 * inside « », straight quotes and apostrophes made typographic. The text is the user's (commentary,
 * actor names, notes): nothing else is changed, and applying it twice gives the same text.
 *
 * Left alone on purpose: addresses (« https://… », « nom@domaine.fr »), times (« 14:00 »), ratios (« 1:2 »),
 * and the question mark of a web address (« ?page=2 »), because none of them has a space before the sign.
 */

const NBSP = '\u00a0';
/** Spaces a user may have typed, no-break ones included. */
const SPACES = '[ \\t\\u00a0\\u202f]';

const AFTER_OPENING = new RegExp(`«${SPACES}*`, 'g');
const BEFORE_CLOSING = new RegExp(`${SPACES}*»`, 'g');
const BEFORE_DOUBLE_SIGN = new RegExp(`${SPACES}+([:;?!])`, 'g');

/** Every rule below starts from one of these signs: a text without any is returned as it is. */
const TOUCHED = /["'«»:;?!]/;

export function frenchTypography(text: string): string {
  // Most runs of an annuaire (names, addresses, services) have none: seven regex passes saved each.
  if (!TOUCHED.test(text)) return text;
  return (
    text
      // Straight double quotes around words become « », opening and closing in turn.
      .replace(/"([^"\n]*)"/g, (_all, inner: string) => `«${NBSP}${inner.trim()}${NBSP}»`)
      // A straight apostrophe between letters becomes the typographic one.
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // Inside French quotes: exactly one no-break space.
      .replace(AFTER_OPENING, `«${NBSP}`)
      .replace(BEFORE_CLOSING, `${NBSP}»`)
      // Before a double sign: whatever space was typed becomes a no-break one…
      .replace(BEFORE_DOUBLE_SIGN, `${NBSP}$1`)
      // …and one is added after a word when the sign ends the phrase (« Pourquoi? » → « Pourquoi ? »).
      .replace(/([\p{L}\p{N})»])([;?!]+)(?=\s|$)/gu, `$1${NBSP}$2`)
      .replace(/(\p{L}|\))(:)(?=\s|$)/gu, `$1${NBSP}$2`)
  );
}

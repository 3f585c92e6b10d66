/**
 * A phone number as a French reader reads it: « 04 92 54 10 14 », by pairs of digits joined by no-break
 * spaces, so that a number never breaks at the end of a line. Storage and the national standard keep the
 * international form (« +33492541014 »); this is only how a number is shown, on screen and in documents.
 *
 * - a French number (« +33… », « 0033… » or ten digits starting with 0, however spaced or dotted) reads in
 *   its national form, « 04 92 54 10 14 »;
 * - so do the overseas departments that share the national numbering plan (+262 La Réunion and Mayotte,
 *   +590 Guadeloupe, +594 Guyane, +596 Martinique): « +262 262 12 34 56 » is dialled « 02 62 12 34 56 » from
 *   anywhere in France, and a number stored either way must read the same;
 * - the other overseas codes of the standard (+269, +508, +681, +687, +689) have their own numbering and
 *   stay international, grouped: « +687 28 12 34 »;
 * - anything else (a short number, two numbers, words) is shown exactly as stored.
 */

const NBSP = '\u00a0';

/** What people type between digits: spaces of every kind, dots, hyphens, slashes. */
const SEPARATORS = /[\s.\-/]/g;

/** « +33 (0)4 92… »: the trunk zero some write in brackets after the country code. */
const BRACKETED_ZERO = /^(\+|00)(\d{2,3})\(0\)/;

const NATIONAL = /^0[1-9]\d{8}$/;
const FRANCE = /^(?:\+|00)330?([1-9]\d{8})$/;
const NATIONAL_PLAN_OVERSEAS = /^(?:\+|00)(?:262|590|594|596)([1-9]\d{8})$/;
const OTHER_OVERSEAS = /^(?:\+|00)(269|508|681|687|689)(\d{6,9})$/;

/** Digits in pairs; an odd count leaves three digits in front (« 262 12 34 56 »). */
function pairs(digits: string): string {
  const head = digits.length % 2 === 0 ? 2 : 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 2) groups.push(digits.slice(i, i + 2));
  return groups.join(NBSP);
}

/** The number grouped for reading (see above); '' for none. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const compact = phone.trim().replace(SEPARATORS, '').replace(BRACKETED_ZERO, '$1$2');
  if (NATIONAL.test(compact)) return pairs(compact);
  const french = FRANCE.exec(compact) ?? NATIONAL_PLAN_OVERSEAS.exec(compact);
  if (french) return pairs(`0${french[1]}`);
  const overseas = OTHER_OVERSEAS.exec(compact);
  if (overseas) return `+${overseas[1]}${NBSP}${pairs(overseas[2]!)}`;
  return phone;
}

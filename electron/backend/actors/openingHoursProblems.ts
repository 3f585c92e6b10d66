import type { opening_hours_warning } from 'opening_hours';
import { quoted } from '../../../shared/format/french';

/**
 * French explanations of why an opening-hours value is refused. The library's own messages are not shown:
 * some are English, and they speak its grammar's words (« token », « timesep »). We recognise the usual
 * problems and say them in the user's words, with the spot in the value they typed.
 */

const EXAMPLE = 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00';
const MARKER = ' <--- (';

const FRENCH_DAYS = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|jeu|ven|sam|dim)\b/i;
const FRENCH_HOURS = /\d\s*h\s*\d*/i;

/** The word of `value` (between spaces) around character `index`. */
function wordAt(value: string, index: number): string {
  const at = Math.max(0, Math.min(index, value.length - 1));
  let start = at;
  while (start > 0 && !/\s/.test(value[start - 1]!)) start--;
  let end = at;
  while (end < value.length && !/\s/.test(value[end]!)) end++;
  const word = value.slice(start, end).trim();
  return word === '' ? value.trim().split(/\s+/)[0]! : word;
}

/** What is wrong, from the first message of the library (the fatal one), at the spot it points to. */
function mainProblem(value: string, errorText: string): string {
  const markerAt = errorText.indexOf(MARKER);
  if (markerAt < 0) return `la syntaxe n’est pas reconnue (${quoted(value)})`;
  const prefix = errorText.slice(0, markerAt).trimEnd();
  const message = errorText.slice(markerAt + MARKER.length);
  const spot = wordAt(value, prefix.length - 1);
  if (/^La plage horaire commence en dehors|^Minutes are greater/.test(message))
    return `heure impossible dans ${quoted(spot)} (une heure va de 00:00 à 23:59)`;
  if (/^La plage horaire ne continue pas|^Tiret \(-\) ou fin ouverte/.test(message))
    return `plage horaire incomplète dans ${quoted(spot)} (il faut une heure de début et une heure de fin, par exemple 09:00-12:00)`;
  return `la syntaxe n’est pas reconnue à partir de ${quoted(spot)}`;
}

/** Hints drawn from the value itself: the usual ways people write hours in French. */
function frenchWritingHints(value: string): string[] {
  const hints: string[] = [];
  if (FRENCH_DAYS.test(value))
    hints.push('Les jours s’écrivent en abrégé anglais\u00a0: Mo, Tu, We, Th, Fr, Sa, Su (lundi = Mo).');
  if (FRENCH_HOURS.test(value))
    hints.push('Les heures s’écrivent avec deux-points\u00a0: 09:00-12:00 plutôt que 9h-12h.');
  if (/undefined/i.test(value))
    hints.push(`Une heure manque (${quoted('undefined')} à la place d’une heure).`);
  if (/\|/.test(value)) hints.push(`Les règles se séparent par un point-virgule ${quoted(';')}.`);
  return hints;
}

/** « Horaires illisibles : … » for a value the library refuses. */
export function parseErrorMessage(value: string, error: unknown): string {
  const errorText = error instanceof Error ? error.message : String(error);
  const hints = frenchWritingHints(value);
  return [
    `Horaires illisibles\u00a0: ${mainProblem(value, errorText)}.`,
    ...hints,
    `Exemple de format attendu\u00a0: ${EXAMPLE}.`,
  ].join(' ');
}

/** « « sun » s’écrit « Su » » from the library's correction warnings, else a plain description. */
function correctionHint(warning: opening_hours_warning): string {
  const type: string = warning.type; // the library emits types its typings do not list
  if (type === 'without_minutes' || type === 'ambiguous_single_digit_hour')
    return 'les heures s’écrivent avec les minutes, sur deux chiffres (09:00 plutôt que 9)';
  if (type === 'hour_min_separator' || /omettre "h"/.test(warning.message))
    return 'les heures s’écrivent avec deux-points (09:00)';
  if (type === 'switched') return 'les jours s’écrivent avant les heures (Mo 09:00-12:00)';
  const swap = /"("?[^"]+"?)" (?:pour|plutôt que) "([^"]+)"/.exec(warning.message);
  if (swap) {
    const [, expected, typed] = swap as unknown as [string, string, string];
    if (expected.startsWith('"')) return `un commentaire s’écrit entre guillemets droits (${expected})`;
    return `${quoted(typed)} s’écrit ${quoted(expected)}`;
  }
  return 'l’écriture n’est pas tout à fait celle attendue';
}

/** « Horaires à corriger : … » for a value the library reads only by guessing; proposes its reading. */
export function correctionMessage(warnings: opening_hours_warning[], proposal: string): string {
  const hints = [...new Set(warnings.map(correctionHint))];
  return `Horaires à corriger\u00a0: ${hints.join('\u00a0; ')}. Forme corrigée proposée\u00a0: ${proposal}`;
}

/** « Horaires non compris : … » for French hours the French reading could not understand. */
export function frenchNotUnderstoodMessage(problem: string): string {
  return [
    `Horaires non compris\u00a0: ${problem}.`,
    `Écrivez par exemple ${quoted('du lundi au vendredi de 9\u00a0h à 12\u00a0h et de 14\u00a0h à 17\u00a0h')}`,
    `ou, au format OpenStreetMap, ${EXAMPLE}.`,
  ].join(' ');
}

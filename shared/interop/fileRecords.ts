import { countLabel, formatInteger, quoted } from '../format/french';

/**
 * How the import names a file's records and their parts: the lines and columns of a CSV, the « fiches »
 * (records) and « champs » (fields) of a JSON file, whose 41st record may sit on its 661st line.
 */

export type FileKind = 'csv' | 'json';

/** « ligne », « fiche »: both feminine (« la ligne », « cette fiche »). */
export const recordNoun = (kind: FileKind): string => (kind === 'json' ? 'fiche' : 'ligne');

/** « ligne 1 003 », « fiche n° 41 ». */
export const recordAt = (kind: FileKind, line: number): string =>
  kind === 'json' ? `fiche n°\u00a0${formatInteger(line)}` : `ligne ${formatInteger(line)}`;

/** « colonne « nom » », « champ « nom » ». */
export const fieldAt = (kind: FileKind, field: string): string =>
  `${kind === 'json' ? 'champ' : 'colonne'} ${quoted(field)}`;

/** « 646 lignes de données », « 646 fiches ». */
export const recordCount = (kind: FileKind, count: number): string =>
  kind === 'json' ? countLabel(count, 'fiche') : countLabel(count, 'ligne de données', 'lignes de données');

import { TYPOLOGIES, TYPOLOGY_CODES, type TypologyCode } from '../../../../shared/vocabularies/typologies';
import { REPLACEMENT_CHARACTER } from '../import/damagedCommuneName';
import { remembered } from '../../remembered';

/**
 * A typology written as words, as producers other than the standard write them (the national cartographie's
 * `type_lieu` of 2022: « Bibliothèque / Médiathèque », « Maison de Service au Public (MSAP) », « Tiers-lieu /
 * Coworking / FabLab / Hackerspace », « Association », « La Poste »): the standard's code when the words name
 * one, by its label, a producer's usual name for it, or the code between brackets at the end. A value made of
 * several names joined by « / » takes each one's code when every one names a typology. A value read with
 * « � » (a file written in another encoding) is tried as a pattern, each « � » standing for at most one letter.
 */

/** Producers' names for a typology, besides its label (compared without accents, case or punctuation). */
const PRODUCER_NAMES: [string, TypologyCode][] = [
  ['Association', 'ASSO'],
  ['Bibliothèque', 'BIB'],
  ['Médiathèque', 'BIB'],
  ['Commune', 'MUNI'],
  ['Mairie', 'MUNI'],
  ['Tiers-lieu', 'TIERS_LIEUX'],
  ['Tiers-lieux', 'TIERS_LIEUX'],
  ['Coworking', 'TIERS_LIEUX'],
  ['FabLab', 'TIERS_LIEUX'],
  ['Hackerspace', 'TIERS_LIEUX'],
  ['Maison de Service au Public', 'MSAP'],
  ['Préfecture et Sous-Préfecture', 'PREF'],
  ['Préfecture', 'PREF'],
  ['Sous-Préfecture', 'PREF'],
  ['La Poste', 'LA_POSTE'],
  ['Bureau de poste', 'LA_POSTE'],
  ['Agence postale', 'LA_POSTE'],
  ['Département', 'CD'],
  ['Conseil départemental', 'CD'],
  ['Département (UTPAS, MDS, MDSI, UTAS…)', 'DEPT'],
  ['Organisme de formation', 'OF'],
  ['Point Information Jeunes', 'PIJ_BIJ'],
  ['Point Information Jeunesse', 'PIJ_BIJ'],
  ['France Services', 'RFS'],
  ['Espace France Services', 'RFS'],
  ['Intercommunalité', 'EPCI'],
];

/** A hole no name holds: what a « � » becomes so that the key keeps its place. */
const HOLE = 'qzxq';

/** « Maison de Service au Public (MSAP) » → « maison de service au public msap ». */
const keyOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_KEY = new Map<string, TypologyCode>([
  ...TYPOLOGY_CODES.map((code): [string, TypologyCode] => [keyOf(TYPOLOGIES[code]), code]),
  ...PRODUCER_NAMES.map(([name, code]): [string, TypologyCode] => [keyOf(name), code]),
]);

const CODES = new Set<string>(TYPOLOGY_CODES);

/** The code of one name, or null. */
function codeOfName(name: string): TypologyCode | null {
  if (name.includes(REPLACEMENT_CHARACTER)) {
    const parts = keyOf(name.replaceAll(REPLACEMENT_CHARACTER, HOLE))
      .split(HOLE)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`^${parts.join('[a-z0-9 ]?')}$`);
    const codes = new Set([...BY_KEY].filter(([key]) => pattern.test(key)).map(([, code]) => code));
    return codes.size === 1 ? [...codes][0]! : null;
  }
  const known = BY_KEY.get(keyOf(name));
  if (known) return known;
  // « Espace Public Numérique (EPN) »: the code between the brackets.
  const bracketed = /\(([^()]+)\)\s*$/
    .exec(name)?.[1]
    ?.trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return bracketed && CODES.has(bracketed) ? (bracketed as TypologyCode) : null;
}

/**
 * The codes a value written as words names, or null when some of it names no typology (remembered: a file
 * repeats the same few names on every row).
 */
export const typologiesOfName = remembered((value: string): TypologyCode[] | null => {
  const whole = codeOfName(value);
  if (whole) return [whole];
  if (!value.includes('/')) return null;
  const parts = value.split('/').map((part) => codeOfName(part.trim()));
  return parts.every((code) => code !== null) ? [...new Set(parts as TypologyCode[])] : null;
});

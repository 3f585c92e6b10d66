import { communeKey, departementsOfPostcode } from './communeKey';
import { communesWhoseKey, type NamedCommune } from './communeNames';

/**
 * A commune name read with the replacement character (U+FFFD, « � »): a file written in one encoding and
 * read in another lost its accented letters (« CH�TEAUVIEUX »). Each � stands for one letter (or for a
 * separator, a typographic apostrophe); the name is tried as a pattern on the national reference, within
 * the postcode's département, and taken only when it designates one of today's communes.
 */

export const REPLACEMENT_CHARACTER = '\uFFFD';

export const isDamaged = (written: string): boolean => written.includes(REPLACEMENT_CHARACTER);

/** Letters no commune name holds: what a � is turned into so that `communeKey` keeps its place. */
const HOLE = 'qzxq';

/** « CH�TEAUVIEUX » → `/^ch[a-z ]teauvieux$/`, on the names' comparison keys. */
function patternOf(written: string): RegExp {
  const key = communeKey(written.replaceAll(REPLACEMENT_CHARACTER, HOLE));
  const parts = key.split(HOLE).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[a-z ]')}$`);
}

/** Answers by name and postcode: a file repeats the same damaged names on many rows. */
const answers = new Map<string, NamedCommune[]>();
const MAX_ANSWERS = 2_000;

/**
 * Today's communes a damaged name may be (one entry per commune), those using the postcode first: when some
 * do, only they are kept, as for a name read whole.
 */
export function communesMatchingDamaged(written: string, postcode: string): NamedCommune[] {
  const cacheKey = `${postcode}\u0000${written}`;
  const known = answers.get(cacheKey);
  if (known) return known;
  const pattern = patternOf(written);
  const found = communesWhoseKey((key) => pattern.test(key), departementsOfPostcode(postcode));
  const withPostcode = found.filter((entry) => entry.postcodes.includes(postcode));
  const candidates = withPostcode.length > 0 ? withPostcode : found;
  const byCommune = new Map<string, NamedCommune>();
  for (const entry of candidates)
    if (!byCommune.has(entry.currentCode) || entry.type === 'commune-actuelle')
      byCommune.set(entry.currentCode, entry);
  const answer = [...byCommune.values()];
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(cacheKey, answer);
  return answer;
}

/** Why a damaged name placed no commune, to end the rejection's sentence (« Indiquez … »). */
export function damagedNameReason(
  written: string,
  candidates: readonly NamedCommune[],
  postcode: string,
): string {
  const start = `Le nom de commune «\u00a0${written}\u00a0» contient un caractère illisible («\u00a0${REPLACEMENT_CHARACTER}\u00a0»)\u00a0: l’encodage du fichier est abîmé`;
  const names = candidates.map((entry) => `${entry.currentName} (${entry.currentCode})`);
  const what =
    candidates.length > 1
      ? `, et ce nom peut désigner ${names.slice(0, -1).join(', ')} ou ${names.at(-1)}`
      : `, et aucune commune ne correspond à ce nom${postcode ? ` dans le département du code postal ${postcode}` : ''}`;
  return `${start}${what}. Indiquez le code INSEE, ou demandez le fichier enregistré en UTF-8.`;
}

/** The note on a row whose damaged name was resolved. */
export function damagedNameNote(written: string, commune: { code: string; name: string }): string {
  return `Nom de commune «\u00a0${written}\u00a0» lu avec un caractère abîmé (encodage du fichier)\u00a0: commune retenue ${commune.name} (${commune.code}).`;
}

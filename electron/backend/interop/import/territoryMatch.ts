import { resolveCommuneCode } from './communeIndex';
import { communeKey, departementsOfPostcode, padCode, postcodeOf } from './communeKey';
import { communesNamed, communesOfPostcode, type NamedCommune } from './communeNames';
import { communesMatchingDamaged, damagedNameNote, damagedNameReason, isDamaged } from './damagedCommuneName';
import { andList } from '../../../../shared/format/frenchList';
import {
  uncoveredOverseasSentence,
  uncoveredOverseasTerritory,
} from '../../../../shared/territory/uncoveredOverseas';

export { communeKey, padCode } from './communeKey';

/** How many of the territory's communes under a shared postcode the report names, to choose the right code. */
const NAMED_CANDIDATES = 8;

/**
 * « , dont Ancelle (05004) et Chabottes (05029) dans le territoire »: the communes of the territory a shared
 * postcode may mean, named with their code, so that the user can write the right one in the file.
 */
function candidatesInside(users: readonly string[], byCode: ReadonlyMap<string, { name: string }>): string {
  const inside = users
    .flatMap((code) => {
      const commune = byCode.get(code);
      return commune ? [{ name: commune.name, code }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map(({ name, code }) => `${name} (${code})`);
  if (inside.length === 0) return '';
  const named = inside.slice(0, NAMED_CANDIDATES);
  const more = inside.length - named.length;
  return `, dont ${andList(more > 0 ? [...named, `${more} autre${more > 1 ? 's' : ''}`] : named)} dans le territoire`;
}

/**
 * Is a row on the territory, and in which of today's communes? Tried in this order, as the national
 * pipeline does:
 * 1. its INSEE code: today's code, or an old one (merged commune, commune déléguée or associée,
 *    arrondissement) resolved to today's commune;
 * 2. its commune name with its postcode, as they are today;
 * 3. its commune name in the national reference, within the postcode's département: a commune déléguée
 *    or associée (« Mansle » → Mansle-les-Fontaines), or a commune whose postcode in the file is a CEDEX or
 *    another commune's code; without a postcode, a name that only one commune in France bears;
 * 4. its postcode alone, when only one commune in France uses it.
 * Every resolution that is not exact carries a note in French for the report. A row that may be on the
 * territory but cannot be placed for sure is « unknown » (rejected, with why), never « outside ».
 */

export interface TerritoryCommuneRef {
  code: string;
  name: string;
  postcodes: string[];
}

export type TerritoryMatch =
  /** `via`: the column that placed the row (the report shows its note there). */
  | { kind: 'inside'; code: string; note: string | null; via: 'inseeCode' | 'communeName' | 'postcode' }
  | { kind: 'outside'; reason: string }
  | { kind: 'unknown'; reason: string };

const q = (text: string) => `«\u00a0${text}\u00a0»`;

/** The territory's communes by code, built once per list (a plan matches every row against one list). */
const indexes = new WeakMap<TerritoryCommuneRef[], Map<string, TerritoryCommuneRef>>();
function byCodeOf(communes: TerritoryCommuneRef[]): Map<string, TerritoryCommuneRef> {
  let index = indexes.get(communes);
  if (!index) {
    index = new Map(communes.map((commune) => [commune.code, commune]));
    indexes.set(communes, index);
  }
  return index;
}

function byInseeCode(insee: string, byCode: Map<string, TerritoryCommuneRef>): TerritoryMatch | null {
  const resolved = resolveCommuneCode(insee);
  if (!resolved) return null;
  const commune = byCode.get(resolved.code);
  if (!commune)
    return { kind: 'outside', reason: `Code INSEE ${insee} (${resolved.name}) hors du territoire.` };
  const note =
    resolved.code === insee
      ? null
      : `Le code INSEE ${insee}${resolved.formerName ? ` (${resolved.formerName})` : ''} est rattaché à ${commune.name} (${commune.code}).`;
  return { kind: 'inside', code: commune.code, note, via: 'inseeCode' };
}

/** How a name of the reference was read, for the report. */
function noteOf(
  written: string,
  postcode: string,
  entry: NamedCommune,
  commune: TerritoryCommuneRef,
): string | null {
  const target = `${commune.name} (${commune.code})`;
  if (entry.type === 'commune-deleguee') return `${q(written)} (commune déléguée) lu comme ${target}.`;
  if (entry.type === 'commune-associee') return `${q(written)} (commune associée) lu comme ${target}.`;
  if (entry.type === 'arrondissement-municipal') return `${q(written)} (arrondissement) lu comme ${target}.`;
  if (postcode && !commune.postcodes.includes(postcode))
    return `Code postal ${postcode} (CEDEX ou code d’une autre commune)\u00a0: ${q(written)} lu comme ${target} d’après le nom de la commune.`;
  if (!postcode) return `${q(written)}, seule commune de ce nom en France, lu comme ${target}.`;
  return null;
}

function byName(
  written: string,
  postcode: string,
  byCode: Map<string, TerritoryCommuneRef>,
): TerritoryMatch | null {
  const named = communesNamed(written);
  if (named.length === 0) return null;
  const departements = departementsOfPostcode(postcode);
  const sameDepartement = departements.length
    ? named.filter((entry) => departements.includes(entry.departement))
    : named;
  // A commune served by a postcode of the next département (Venterol, 04, under 05130): the postcode says so.
  const inDepartement =
    sameDepartement.length > 0
      ? sameDepartement
      : named.filter((entry) => entry.postcodes.includes(postcode));
  // Same name twice in a département (rare): the postcode of today's commune decides.
  const withPostcode = inDepartement.filter((entry) => entry.postcodes.includes(postcode));
  const candidates = withPostcode.length > 0 ? withPostcode : inDepartement;
  const currentCodes = new Set(candidates.map((entry) => entry.currentCode));
  if (currentCodes.size === 1) {
    const entry = candidates[0]!;
    const commune = byCode.get(entry.currentCode);
    if (!commune)
      return {
        kind: 'outside',
        reason: `Commune ${q([postcode, written].filter(Boolean).join(' '))} (${entry.currentName}, ${entry.currentCode}) hors du territoire.`,
      };
    return {
      kind: 'inside',
      code: commune.code,
      note: noteOf(written, postcode, entry, commune),
      via: 'communeName',
    };
  }
  if (currentCodes.size > 1 && [...currentCodes].some((code) => byCode.has(code)))
    return {
      kind: 'unknown',
      reason: `Plusieurs communes s’appellent ${q(written)}${postcode ? ` dans le département du code postal ${postcode}` : ' en France'}\u00a0: indiquez dans le fichier son code INSEE ou son code postal, puis importez-le de nouveau.`,
    };
  return null;
}

/**
 * A name read with a damaged character: the one commune it fits (inside, with a note, or outside), or,
 * when it fits several of which one is on the territory, why it cannot be placed; null when none fits.
 */
function byDamagedName(
  written: string,
  postcode: string,
  candidates: readonly NamedCommune[],
  byCode: Map<string, TerritoryCommuneRef>,
): TerritoryMatch | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) {
    const entry = candidates[0]!;
    const commune = byCode.get(entry.currentCode);
    if (!commune)
      return {
        kind: 'outside',
        reason: `Commune ${q([postcode, written].filter(Boolean).join(' '))} (${entry.currentName}, ${entry.currentCode}) hors du territoire.`,
      };
    return {
      kind: 'inside',
      code: commune.code,
      note: damagedNameNote(written, commune),
      via: 'communeName',
    };
  }
  if (candidates.some((entry) => byCode.has(entry.currentCode)))
    return { kind: 'unknown', reason: damagedNameReason(written, candidates, postcode) };
  return {
    kind: 'outside',
    reason: `Commune ${q([postcode, written].filter(Boolean).join(' '))} hors du territoire.`,
  };
}

/**
 * A row in Nouvelle-Calédonie or a collectivité d'outre-mer, which the reference data does not cover: its
 * codes say so at once; its commune name only when nothing else placed the row (« Saint-Pierre » is also
 * in La Réunion and in metropolitan France).
 */
export function matchTerritory(
  row: { inseeCode: string; postcode: string; communeName: string },
  communes: TerritoryCommuneRef[],
): TerritoryMatch {
  const byCodes =
    uncoveredOverseasTerritory(padCode(row.inseeCode), 'insee') ??
    uncoveredOverseasTerritory(postcodeOf(row.postcode), 'postcode');
  if (byCodes) return { kind: 'outside', reason: uncoveredOverseasSentence(byCodes) };
  const match = matchInReference(row, communes);
  if (match.kind === 'inside') return match;
  const byName = uncoveredOverseasTerritory(row.communeName, 'any');
  return byName ? { kind: 'outside', reason: uncoveredOverseasSentence(byName) } : match;
}

function matchInReference(
  row: { inseeCode: string; postcode: string; communeName: string },
  communes: TerritoryCommuneRef[],
): TerritoryMatch {
  const byCode = byCodeOf(communes);
  const insee = padCode(row.inseeCode);
  if (insee) {
    const found = byInseeCode(insee, byCode);
    if (found) return found;
  }
  const postcode = postcodeOf(row.postcode);
  const written = row.communeName.trim();
  const name = communeKey(written);
  if (!postcode && !name)
    return {
      kind: 'unknown',
      reason: insee
        ? `Code INSEE ${insee} inconnu, ni code postal ni commune\u00a0: impossible de situer le lieu.`
        : 'Ni code INSEE, ni code postal, ni commune\u00a0: impossible de situer le lieu.',
    };

  // Today's name and postcode on the territory: exact.
  const named = name ? communes.filter((commune) => communeKey(commune.name) === name) : [];
  const exact = named.filter((commune) => !postcode || commune.postcodes.includes(postcode));
  if (exact.length === 1) return { kind: 'inside', code: exact[0]!.code, note: null, via: 'communeName' };

  // A name read with a damaged character (« CH�TEAUVIEUX »): tried as a pattern, taken if only one fits.
  const damaged = isDamaged(written);
  const damagedCandidates = damaged ? communesMatchingDamaged(written, postcode) : [];
  if (damaged) {
    const found = byDamagedName(written, postcode, damagedCandidates, byCode);
    if (found) return found;
  } else if (name) {
    const found = byName(written, postcode, byCode);
    if (found) return found;
  }

  // The postcode alone, when one commune in France uses it.
  const users = postcode ? communesOfPostcode(postcode) : [];
  if (users.length === 1) {
    const commune = byCode.get(users[0]!);
    if (commune)
      return {
        kind: 'inside',
        code: commune.code,
        note: !name
          ? null
          : damaged
            ? `${q(written)}, lu avec un caractère abîmé (encodage du fichier), ne correspond à aucune commune\u00a0: lu comme ${commune.name} (${commune.code}), seule commune au code postal ${postcode}.`
            : `${q(written)} inconnu du référentiel des communes\u00a0: lu comme ${commune.name} (${commune.code}), seule commune au code postal ${postcode}.`,
        // The note is about the commune's name as written: the warning names that column, not the postcode's.
        via: 'communeName',
      };
  }
  const where = [postcode, written].filter(Boolean).join(' ');
  if (users.some((code) => byCode.has(code)))
    return {
      kind: 'unknown',
      reason: damaged
        ? damagedNameReason(written, damagedCandidates, postcode)
        : name
          ? `Commune ${q(written)} inconnue du référentiel (ancienne commune, lieu-dit\u00a0?) et code postal ${postcode} partagé par ${users.length} communes${candidatesInside(users, byCode)}\u00a0: indiquez son code INSEE dans le fichier, puis importez-le de nouveau.`
          : `Code postal ${postcode} partagé par ${users.length} communes${candidatesInside(users, byCode)}, sans nom de commune\u00a0: indiquez la commune ou le code INSEE.`,
    };
  return { kind: 'outside', reason: `Commune ${q(where)} hors du territoire.` };
}

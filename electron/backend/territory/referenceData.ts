import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CommuneDto, EpciDetailDto, EpciSummaryDto } from '../../../shared/territory/dto';
import { normalizeForSearch } from '../../../shared/text/normalize';
import { withTypographicApostrophes } from '../../../shared/format/apostrophes';

/**
 * The offline reference of EPCI and communes, from `@etalab/decoupage-administratif` (INSEE's official
 * geography, with populations). The two files weigh about 12 MB: they are read on first use, once. Commune
 * names are kept as they are shown, with the typographic apostrophe (« L’Isle-sur-la-Sorgue »; the reference
 * writes a straight one); their search keys read both alike. The EPCI's name stays the reference's.
 */

interface RawEpciMember {
  code: string;
  nom: string;
  populationMunicipale?: number;
}

interface RawEpci {
  code: string;
  nom: string;
  type: string;
  membres: RawEpciMember[];
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
  population?: number;
}

interface IndexedCommune {
  code: string;
  name: string;
  key: string;
  population: number;
  postcodes: string[];
  departement: string | null;
}

interface IndexedEpci {
  siren: string;
  name: string;
  key: string;
  type: string;
  population: number;
  departements: string[];
  communes: IndexedCommune[];
}

interface ReferenceIndex {
  epcis: IndexedEpci[];
  epciBySiren: Map<string, IndexedEpci>;
  /** Every current commune of France (« commune-actuelle »), in the file's order. */
  communes: IndexedCommune[];
  communeByCode: Map<string, IndexedCommune>;
  /** Any code a file may hold: current communes first, then delegated/associated communes and arrondissements. */
  communeNameByCode: Map<string, string>;
}

const SEARCH_LIMIT = 20;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Search key: accent- and case-free, hyphens and apostrophes read as spaces (« Saint-Maurice » = « saint maurice »). */
export function searchKey(text: string): string {
  return normalizeForSearch(text)
    .replace(/[-‐–—_/.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const packageRequire = createRequire(import.meta.url);

function readDataFile<T>(file: 'epci.json' | 'communes.json'): T {
  const path = packageRequire.resolve(`@etalab/decoupage-administratif/data/${file}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

let cached: ReferenceIndex | null = null;

function buildIndex(): ReferenceIndex {
  const rawCommunes = readDataFile<RawCommune[]>('communes.json');
  const rawEpcis = readDataFile<RawEpci[]>('epci.json');

  const current = new Map<string, RawCommune>();
  const communeNameByCode = new Map<string, string>();
  for (const commune of rawCommunes) {
    if (commune.type === 'commune-actuelle') {
      current.set(commune.code, commune);
      communeNameByCode.set(commune.code, withTypographicApostrophes(commune.nom));
    }
  }
  for (const commune of rawCommunes) {
    if (!communeNameByCode.has(commune.code))
      communeNameByCode.set(commune.code, withTypographicApostrophes(commune.nom));
  }

  const epcis = rawEpcis.map((raw): IndexedEpci => {
    const communes = raw.membres
      .map((member): IndexedCommune => {
        const commune = current.get(member.code);
        return {
          code: member.code,
          name: withTypographicApostrophes(member.nom),
          key: searchKey(member.nom),
          population: member.populationMunicipale ?? commune?.population ?? 0,
          postcodes: [...(commune?.codesPostaux ?? [])].sort(),
          departement: commune?.departement ?? null,
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
    const departements = [
      ...new Set(communes.map((c) => c.departement).filter((d): d is string => d !== null)),
    ].sort();
    return {
      siren: raw.code,
      name: raw.nom,
      key: searchKey(raw.nom),
      type: raw.type,
      population: communes.reduce((sum, c) => sum + c.population, 0),
      departements,
      communes,
    };
  });
  const communes = [...current.values()].map((commune): IndexedCommune => ({
    code: commune.code,
    name: withTypographicApostrophes(commune.nom),
    key: searchKey(commune.nom),
    population: commune.population ?? 0,
    postcodes: [...(commune.codesPostaux ?? [])].sort(),
    departement: commune.departement ?? null,
  }));
  return {
    epcis,
    epciBySiren: new Map(epcis.map((e) => [e.siren, e])),
    communes,
    communeByCode: new Map(communes.map((c) => [c.code, c])),
    communeNameByCode,
  };
}

function index(): ReferenceIndex {
  cached ??= buildIndex();
  return cached;
}

/** How well a text matches the query words: 0 exact, 1 every word starts a word of the text, 2 contained; null if not. */
export function matchLevel(textKey: string, queryKey: string, queryWords: string[]): 0 | 1 | 2 | null {
  if (textKey === queryKey) return 0;
  const words = textKey.split(' ');
  if (queryWords.every((q) => words.some((w) => w.startsWith(q)))) return 1;
  if (textKey.includes(queryKey)) return 2;
  return null;
}

/** Lower ranks first: the EPCI's own name beats one of its communes at the same level of match. */
const RANK = {
  epci: [0, 2, 4],
  commune: [1, 3, 5],
} as const;

/** The reference names abbreviate the kind of EPCI (« CC du Civraisien… »): people often type it in full. */
const LONG_FORMS: [RegExp, string][] = [
  [/\bcommunaute de communes\b/g, 'cc'],
  [/\bcommunaute d agglomeration\b/g, 'ca'],
  [/\bcommunaute urbaine\b/g, 'cu'],
];

function expandLongForms(key: string): string {
  return LONG_FORMS.reduce((text, [pattern, short]) => text.replace(pattern, short), key);
}

function summaryOf(epci: IndexedEpci, matchedCommune: string | null): EpciSummaryDto {
  return {
    siren: epci.siren,
    name: epci.name,
    type: epci.type,
    population: epci.population,
    communeCount: epci.communes.length,
    departements: epci.departements,
    matchedCommune,
  };
}

/**
 * EPCI whose name, SIREN, member commune (name, INSEE code or postcode) matches the query, best first:
 * exact, then word-prefix, then anywhere in the name; at most 20.
 */
export function searchEpci(query: string): EpciSummaryDto[] {
  const queryKey = expandLongForms(searchKey(query));
  if (queryKey.length === 0) return [];
  const { epcis } = index();
  const hits: { epci: IndexedEpci; rank: number; commune: IndexedCommune | null }[] = [];

  const digits = queryKey.replace(/\s/g, '');
  if (/^\d+$/.test(digits)) {
    for (const epci of epcis) {
      if (epci.siren === digits) hits.push({ epci, rank: 0, commune: null });
      else if (digits.length >= 3 && epci.siren.startsWith(digits))
        hits.push({ epci, rank: 2, commune: null });
      else if (digits.length === 5) {
        const commune =
          epci.communes.find((c) => c.code === digits) ??
          epci.communes
            .filter((c) => c.postcodes.includes(digits))
            .sort((a, b) => b.population - a.population)[0];
        if (commune) hits.push({ epci, rank: commune.code === digits ? 1 : 3, commune });
      }
    }
  } else {
    const queryWords = queryKey.split(' ');
    for (const epci of epcis) {
      const own = matchLevel(epci.key, queryKey, queryWords);
      let best: { rank: number; commune: IndexedCommune | null } | null =
        own === null ? null : { rank: RANK.epci[own], commune: null };
      for (const commune of epci.communes) {
        const level = matchLevel(commune.key, queryKey, queryWords);
        if (level === null) continue;
        const rank = RANK.commune[level];
        if (
          best === null ||
          rank < best.rank ||
          (rank === best.rank && best.commune && commune.population > best.commune.population)
        )
          best = { rank, commune };
      }
      if (best) hits.push({ epci, ...best });
    }
  }

  return hits
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (b.commune?.population ?? b.epci.population) - (a.commune?.population ?? a.epci.population) ||
        collator.compare(a.epci.name, b.epci.name),
    )
    .slice(0, SEARCH_LIMIT)
    .map((hit) => summaryOf(hit.epci, hit.commune?.name ?? null));
}

/** An EPCI with its member communes sorted by name (French collation), or null for an unknown SIREN. */
export function getEpciDetail(siren: string): EpciDetailDto | null {
  const epci = index().epciBySiren.get(siren);
  if (!epci) return null;
  return {
    ...summaryOf(epci, null),
    communes: epci.communes.map((c): CommuneDto => ({
      code: c.code,
      name: c.name,
      population: c.population,
      postcodes: [...c.postcodes],
    })),
  };
}

/**
 * The name of any commune of France by its INSEE code, current or not (communes déléguées, associées,
 * municipal arrondissements of Paris, Lyon and Marseille), or null when the code is unknown.
 */
export function communeNameOf(code: string): string | null {
  return index().communeNameByCode.get(code.trim()) ?? null;
}

/** A current commune of France as the reference knows it, with its search key (`searchKey`). */
export type ReferenceCommune = Readonly<IndexedCommune>;

/** Every current commune of France (about 35,000), for searching them all. */
export function allCommunes(): readonly ReferenceCommune[] {
  return index().communes;
}

/** A current commune of France by its INSEE code, or null (unknown, merged away, or an arrondissement). */
export function currentCommuneOf(code: string): ReferenceCommune | null {
  return index().communeByCode.get(code.trim()) ?? null;
}

let byPostcode: Map<string, ReferenceCommune[]> | null = null;

/** The current communes a postcode serves (none for a CEDEX code or an unknown one). */
export function communesOfPostcode(postcode: string): readonly ReferenceCommune[] {
  if (!byPostcode) {
    byPostcode = new Map();
    for (const commune of index().communes)
      for (const code of commune.postcodes) byPostcode.set(code, [...(byPostcode.get(code) ?? []), commune]);
  }
  return byPostcode.get(postcode.trim()) ?? [];
}

/** Sorts communes by name the way a French reader expects (« Écurat » between « Dompierre » and « Fontaine »). */
export function compareFrench(a: string, b: string): number {
  return collator.compare(a, b);
}

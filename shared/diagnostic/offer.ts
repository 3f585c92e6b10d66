import { FRESHNESS_CODES, freshnessOf, type Freshness } from '../actors/freshness';
import {
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
  type NationalProgramme,
  type Public,
  type Service,
  type SpecificSupport,
} from '../vocabularies/lieuxMediation';
import {
  normalizeCommunes,
  ratePer10k,
  shareOf,
  type DiagnosticCommune,
  type DiagnosticPlace,
} from './offerInputs';

/** The offer of one commune, read from the directory. */
export interface CommuneOffer {
  code: string;
  name: string;
  population: number;
  /** Places whose commune is this one. */
  placeCount: number;
  /** placeCount × 10,000 / population; null when population is 0. */
  placesPer10k: number | null;
  /** Distinct services (of the 9) offered by at least one place of the commune, in vocabulary order. */
  services: Service[];
  /** Sum over the commune's places of their number of distinct services (a place offering 3 services counts 3). */
  serviceOfferCount: number;
  /** serviceOfferCount × 10,000 / population; null when population is 0. */
  serviceOffersPer10k: number | null;
}

/** How many places (and communes having at least one such place) offer one vocabulary value. */
export interface ValueCoverage<T extends string> {
  value: T;
  placeCount: number;
  communeCount: number;
}

export interface FreshnessCount {
  freshness: Freshness;
  placeCount: number;
  /** placeCount / number of places of the territory; 0 when there is none. */
  share: number;
}

export interface OfferDiagnostic {
  communes: CommuneOffer[];
  totals: {
    communeCount: number;
    population: number;
    /** Places located in a commune of the territory (the others are ignored, see placesOutsideTerritory). */
    placeCount: number;
    placesPer10k: number | null;
    serviceOfferCount: number;
    serviceOffersPer10k: number | null;
    /** Places given whose commune is not in the territory (or unknown): not counted anywhere else. */
    placesOutsideTerritory: number;
  };
  /** Codes of the communes with no place, most populated first. */
  communesWithoutPlace: string[];
  /** Population of those communes and its share of the territory population (0 when the territory has none). */
  populationWithoutPlace: number;
  populationWithoutPlaceShare: number;
  services: ValueCoverage<Service>[];
  publics: ValueCoverage<Public>[];
  specificSupports: ValueCoverage<SpecificSupport>[];
  /** Vocabulary values offered by no place of the territory, in vocabulary order. */
  offeredNowhere: { services: Service[]; publics: Public[]; specificSupports: SpecificSupport[] };
  programmes: ValueCoverage<NationalProgramme>[];
  /** The three programmes the diagnostic names: conseillers numériques, France Services, Aidants Connect. */
  keyProgrammes: {
    conseillersNumeriques: ValueCoverage<NationalProgramme>;
    franceServices: ValueCoverage<NationalProgramme>;
    aidantsConnect: ValueCoverage<NationalProgramme>;
  };
  /** Places of the territory by freshness of their last check, in FRESHNESS_CODES order. */
  freshness: FreshnessCount[];
}

/** Places whose commune belongs to the territory, grouped by commune code. */
export function placesByCommune(
  communes: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
): Map<string, DiagnosticPlace[]> {
  const byCode = new Map<string, DiagnosticPlace[]>(communes.map((c) => [c.code, []]));
  for (const place of places) {
    if (place.communeCode !== null) byCode.get(place.communeCode)?.push(place);
  }
  return byCode;
}

/**
 * For each value of a vocabulary: places offering it (a value listed twice on one place counts once) and
 * communes with such a place. One pass over the places, so that thousands of places stay cheap.
 */
function coverage<T extends string>(
  vocabulary: readonly T[],
  territoryPlaces: readonly DiagnosticPlace[],
  valuesOf: (place: DiagnosticPlace) => readonly string[],
): ValueCoverage<T>[] {
  const placeCounts = new Map<string, number>(vocabulary.map((value) => [value, 0]));
  const communes = new Map<string, Set<string | null>>(vocabulary.map((value) => [value, new Set()]));
  for (const place of territoryPlaces) {
    const values = valuesOf(place);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const count = placeCounts.get(value);
      if (count === undefined || values.indexOf(value) !== i) continue;
      placeCounts.set(value, count + 1);
      communes.get(value)!.add(place.communeCode);
    }
  }
  return vocabulary.map((value) => ({
    value,
    placeCount: placeCounts.get(value)!,
    communeCount: communes.get(value)!.size,
  }));
}

const distinctServiceCount = (place: DiagnosticPlace) => new Set(place.services).size;

function communeOffer(commune: DiagnosticCommune, own: readonly DiagnosticPlace[]): CommuneOffer {
  const offered = new Set(own.flatMap((p) => p.services));
  const serviceOfferCount = own.reduce((sum, p) => sum + distinctServiceCount(p), 0);
  return {
    code: commune.code,
    name: commune.name,
    population: commune.population,
    placeCount: own.length,
    placesPer10k: ratePer10k(own.length, commune.population),
    services: SERVICES.filter((s) => offered.has(s)),
    serviceOfferCount,
    serviceOffersPer10k: ratePer10k(serviceOfferCount, commune.population),
  };
}

/** Communes without place, most populated first, then by code. */
function withoutPlace(offers: readonly CommuneOffer[]): CommuneOffer[] {
  return offers
    .filter((c) => c.placeCount === 0)
    .sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
}

/**
 * Reads the offer of a territory from its directory. `today` (YYYY-MM-DD) dates the freshness.
 * Communes are read through normalizeCommunes (each code once, invalid populations as 0).
 */
export function computeOffer(
  communesInput: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
  today: string,
): OfferDiagnostic {
  const communes = normalizeCommunes(communesInput);
  const byCommune = placesByCommune(communes, places);
  const territoryPlaces = [...byCommune.values()].flat();
  const offers = communes.map((c) => communeOffer(c, byCommune.get(c.code) ?? []));

  // Territory totals: sums over the communes; rates computed on the sums (not averages of rates).
  const population = offers.reduce((sum, c) => sum + c.population, 0);
  const serviceOfferCount = offers.reduce((sum, c) => sum + c.serviceOfferCount, 0);
  const empty = withoutPlace(offers);
  const populationWithoutPlace = empty.reduce((sum, c) => sum + c.population, 0);

  const services = coverage(SERVICES, territoryPlaces, (p) => p.services);
  const publics = coverage(PUBLICS, territoryPlaces, (p) => p.publics);
  const specificSupports = coverage(SPECIFIC_SUPPORTS, territoryPlaces, (p) => p.specificSupports);
  const programmes = coverage(NATIONAL_PROGRAMMES, territoryPlaces, (p) => p.programmes);
  const programme = (name: NationalProgramme) => programmes.find((p) => p.value === name)!;
  const nowhere = <T extends string>(rows: ValueCoverage<T>[]) =>
    rows.filter((r) => r.placeCount === 0).map((r) => r.value);

  // Freshness: each place of the territory falls in exactly one class; share = class count / places.
  // Places share few distinct check dates: each date is classed once.
  const classOfDate = new Map<string | null, Freshness>();
  const classCounts = new Map<Freshness, number>(FRESHNESS_CODES.map((code) => [code, 0]));
  for (const place of territoryPlaces) {
    let freshnessClass = classOfDate.get(place.lastVerifiedOn);
    if (freshnessClass === undefined) {
      freshnessClass = freshnessOf(place.lastVerifiedOn, today);
      classOfDate.set(place.lastVerifiedOn, freshnessClass);
    }
    classCounts.set(freshnessClass, classCounts.get(freshnessClass)! + 1);
  }
  const freshness = FRESHNESS_CODES.map((code) => {
    const placeCount = classCounts.get(code)!;
    return { freshness: code, placeCount, share: shareOf(placeCount, territoryPlaces.length) };
  });

  return {
    communes: offers,
    totals: {
      communeCount: communes.length,
      population,
      placeCount: territoryPlaces.length,
      placesPer10k: ratePer10k(territoryPlaces.length, population),
      serviceOfferCount,
      serviceOffersPer10k: ratePer10k(serviceOfferCount, population),
      placesOutsideTerritory: places.length - territoryPlaces.length,
    },
    communesWithoutPlace: empty.map((c) => c.code),
    populationWithoutPlace,
    populationWithoutPlaceShare: shareOf(populationWithoutPlace, population),
    services,
    publics,
    specificSupports,
    offeredNowhere: {
      services: nowhere(services),
      publics: nowhere(publics),
      specificSupports: nowhere(specificSupports),
    },
    programmes,
    keyProgrammes: {
      conseillersNumeriques: programme('Conseillers numériques'),
      franceServices: programme('France Services'),
      aidantsConnect: programme('Aidants Connect'),
    },
    freshness,
  };
}

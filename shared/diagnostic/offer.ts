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
  /** Places based in another commune that hold itinerant permanences here (each place once). */
  permanenceCount: number;
  /** No fixed place, but served by at least one itinerant permanence. */
  itinerantOnly: boolean;
  /** (placeCount + permanenceCount) × 10,000 / population: the offer the ranking reads; null when population is 0. */
  accessPointsPer10k: number | null;
  /** Distinct services (of the 9) offered by a place of the commune or a permanence held there, in vocabulary order. */
  services: Service[];
  /** Sum over the commune's places of their number of distinct services (a place offering 3 services counts 3). */
  serviceOfferCount: number;
  /** serviceOfferCount × 10,000 / population; null when population is 0. */
  serviceOffersPer10k: number | null;
  /**
   * Places of the commune and places holding a permanence there that list no service: what they offer is not
   * known, so `services` is a lower bound (unknown when every one of them is silent).
   */
  placesWithoutServices: number;
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
    /** Itinerant permanences in the territory's communes: one per place and commune served. */
    permanenceCount: number;
    placesPer10k: number | null;
    serviceOfferCount: number;
    serviceOffersPer10k: number | null;
    /** Places given whose commune is not in the territory (or unknown): not counted anywhere else. */
    placesOutsideTerritory: number;
    /**
     * Places of the territory that list no service (« Services : non renseignés »): a service no place declares
     * may still be offered by one of them. Absent from a diagnostic frozen before they were counted.
     */
    placesWithoutServices?: number;
  };
  /**
   * Codes of the communes with no offer at all, most populated first: no place located there and no itinerant
   * permanence held there.
   */
  communesWithoutPlace: string[];
  /** Codes of the communes served only by itinerant permanences, most populated first. */
  communesItinerantOnly: string[];
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
 * Places based elsewhere that hold permanences in each commune of the territory, grouped by commune code (a
 * place once per commune; a permanence in the place's own commune adds nothing).
 */
export function permanencesByCommune(
  communes: readonly DiagnosticCommune[],
  places: readonly DiagnosticPlace[],
): Map<string, DiagnosticPlace[]> {
  const byCode = new Map<string, DiagnosticPlace[]>(communes.map((c) => [c.code, []]));
  for (const place of places) {
    if (!place.permanenceCommunes) continue;
    for (const code of new Set(place.permanenceCommunes))
      if (code !== place.communeCode) byCode.get(code)?.push(place);
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
  served: ReadonlyMap<string, readonly DiagnosticPlace[]> = new Map(),
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
  // A commune where a permanence is held has what the visiting place offers.
  for (const [code, visitors] of served)
    for (const place of visitors) for (const value of valuesOf(place)) communes.get(value)?.add(code);
  return vocabulary.map((value) => ({
    value,
    placeCount: placeCounts.get(value)!,
    communeCount: communes.get(value)!.size,
  }));
}

const distinctServiceCount = (place: DiagnosticPlace) => new Set(place.services).size;
const listsNoService = (place: DiagnosticPlace) => place.services.length === 0;

function communeOffer(
  commune: DiagnosticCommune,
  own: readonly DiagnosticPlace[],
  visiting: readonly DiagnosticPlace[],
): CommuneOffer {
  const offered = new Set([...own, ...visiting].flatMap((p) => p.services));
  const serviceOfferCount = own.reduce((sum, p) => sum + distinctServiceCount(p), 0);
  return {
    code: commune.code,
    name: commune.name,
    population: commune.population,
    placeCount: own.length,
    placesPer10k: ratePer10k(own.length, commune.population),
    permanenceCount: visiting.length,
    itinerantOnly: own.length === 0 && visiting.length > 0,
    accessPointsPer10k: ratePer10k(own.length + visiting.length, commune.population),
    services: SERVICES.filter((s) => offered.has(s)),
    serviceOfferCount,
    serviceOffersPer10k: ratePer10k(serviceOfferCount, commune.population),
    placesWithoutServices: own.filter(listsNoService).length + visiting.filter(listsNoService).length,
  };
}

const mostPopulatedFirst = (a: CommuneOffer, b: CommuneOffer) =>
  b.population - a.population || a.code.localeCompare(b.code);

/** Communes with neither place nor permanence, most populated first, then by code. */
function withoutOffer(offers: readonly CommuneOffer[]): CommuneOffer[] {
  return offers.filter((c) => c.placeCount === 0 && c.permanenceCount === 0).sort(mostPopulatedFirst);
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
  const visits = permanencesByCommune(communes, places);
  const territoryPlaces = [...byCommune.values()].flat();
  const offers = communes.map((c) => communeOffer(c, byCommune.get(c.code) ?? [], visits.get(c.code) ?? []));
  const permanenceCount = offers.reduce((sum, c) => sum + c.permanenceCount, 0);

  // Territory totals: sums over the communes; rates computed on the sums (not averages of rates).
  const population = offers.reduce((sum, c) => sum + c.population, 0);
  const serviceOfferCount = offers.reduce((sum, c) => sum + c.serviceOfferCount, 0);
  const empty = withoutOffer(offers);
  const populationWithoutPlace = empty.reduce((sum, c) => sum + c.population, 0);

  // Places are those of the territory; communes also count where a permanence brings the value.
  const services = coverage(SERVICES, territoryPlaces, (p) => p.services, visits);
  const publics = coverage(PUBLICS, territoryPlaces, (p) => p.publics, visits);
  const specificSupports = coverage(SPECIFIC_SUPPORTS, territoryPlaces, (p) => p.specificSupports, visits);
  const programmes = coverage(NATIONAL_PROGRAMMES, territoryPlaces, (p) => p.programmes, visits);
  const programme = (name: NationalProgramme) => programmes.find((p) => p.value === name)!;
  const nowhere = <T extends string>(rows: ValueCoverage<T>[]) =>
    rows.filter((r) => r.placeCount === 0 && r.communeCount === 0).map((r) => r.value);

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
      permanenceCount,
      placesPer10k: ratePer10k(territoryPlaces.length, population),
      serviceOfferCount,
      serviceOffersPer10k: ratePer10k(serviceOfferCount, population),
      placesOutsideTerritory: places.length - territoryPlaces.length,
      placesWithoutServices: territoryPlaces.filter(listsNoService).length,
    },
    communesWithoutPlace: empty.map((c) => c.code),
    communesItinerantOnly: offers
      .filter((c) => c.itinerantOnly)
      .sort(mostPopulatedFirst)
      .map((c) => c.code),
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

import { withTypographicApostrophes } from '../format/apostrophes';
import type { ChartSource, ValueFormat } from '../charts/chartSpec';
import { formatChartValue } from '../charts/chartValue';
import type { Change } from './compareSnapshots';
import type { DiagnosticCommuneDto, DiagnosticDto } from './diagnosticDto';
import { countLabel, formatDecimal, formatInteger } from '../format/french';
import { SERVICES } from '../vocabularies/lieuxMediation';
import { FRESHNESS_COUNTED } from '../actors/freshness';
import type { FreshnessCount } from './offer';
import { communeServicesText } from './servicesKnown';
import { EMPTY_DIRECTORY, NOT_KNOWN, headlineFigures, offerUnmeasured } from './headlineFigures';

/**
 * A diagnostic written in French for people: the key figures, the communes in a chosen order, distances and
 * changes. The dashboard shows them; the Word documents can write the same words.
 */

export interface KeyFigure {
  id: string;
  label: string;
  value: string;
  detail: string;
  /** The figure calls for attention (communes without place, old records…). */
  alert: boolean;
}

/** « 12,5 % » from a share in 0…1. */
export const percentOf = (share: number): string => `${formatDecimal(share * 100)}\u00a0%`;

/** « INSEE, population municipale (2023) ». */
export const sourceText = (source: ChartSource): string =>
  source.year === null ? source.label : `${source.label} (${source.year})`;

/**
 * The records not checked within 12 months, class by class in the chart's words and order: « 12 fiches anciennes
 * (plus de 18 mois), 22 fiches jamais vérifiées »; '' when there is none.
 */
export function staleRecordsText(freshness: readonly FreshnessCount[]): string {
  return freshness
    .filter((f) => f.freshness !== 'recent' && f.placeCount > 0)
    .map((f) =>
      countLabel(f.placeCount, FRESHNESS_COUNTED[f.freshness].one, FRESHNESS_COUNTED[f.freshness].many),
    )
    .join(', ');
}

export function keyFigures(dto: DiagnosticDto): KeyFigure[] {
  const { offer, territory } = dto;
  const placeCount = offer.totals.placeCount;
  const recent = offer.freshness.find((f) => f.freshness === 'recent')!;
  const headline = headlineFigures(dto);
  // An empty directory: the offer is not known yet, said so rather than alarming zeros.
  const unmeasured = offerUnmeasured(dto);
  const withoutPlace = headline.communesWithoutOffer.value;
  return [
    {
      id: 'communes',
      label: 'Communes',
      value: formatInteger(territory.communeCount),
      // The reference's name, with the apostrophes the rest of the screen writes (« Métropole d’Aix-… »).
      detail: withTypographicApostrophes(territory.epciName),
      alert: false,
    },
    {
      id: 'population',
      label: 'Habitants',
      value: formatInteger(territory.population),
      detail: sourceText(territory.populationSource),
      alert: false,
    },
    {
      id: 'places',
      label: headline.places.label,
      value: headline.places.text,
      detail: headline.places.detail,
      alert: !unmeasured && placeCount === 0,
    },
    {
      id: 'permanences',
      label: headline.permanences.label,
      value: headline.permanences.text,
      detail: headline.permanences.detail,
      alert: false,
    },
    {
      id: 'communesWithoutPlace',
      label: headline.communesWithoutOffer.label,
      value: headline.communesWithoutOffer.text,
      detail: headline.communesWithoutOffer.detail,
      alert: withoutPlace !== null && withoutPlace > 0,
    },
    {
      id: 'populationWithoutPlace',
      label: 'Population sans lieu ni permanence dans sa commune',
      value: unmeasured ? NOT_KNOWN : percentOf(offer.populationWithoutPlaceShare),
      detail: unmeasured ? EMPTY_DIRECTORY : countLabel(offer.populationWithoutPlace, 'habitant'),
      alert: !unmeasured && offer.populationWithoutPlace > 0,
    },
    {
      id: 'services',
      label: headline.servicesOffered.label,
      value: headline.servicesOffered.text,
      detail: headline.servicesOffered.detail,
      // Every service declared somewhere is no alert; one declared nowhere, or silent places, call for a look.
      alert: !unmeasured && headline.servicesOffered.value !== SERVICES.length,
    },
    {
      id: 'freshness',
      label: 'Lieux vérifiés depuis moins de 12 mois',
      value: unmeasured ? NOT_KNOWN : placeCount === 0 ? '—' : percentOf(recent.share),
      detail: unmeasured
        ? EMPTY_DIRECTORY
        : placeCount === 0
          ? 'aucun lieu dans le territoire'
          : staleRecordsText(offer.freshness) || 'tous à jour',
      alert: placeCount > 0 && recent.share < 0.5,
    },
    {
      id: 'fragileAndFar',
      label: 'Communes fragiles et loin du service suivi',
      value: headline.fragileAndFar.text,
      detail: headline.fragileAndFar.detail,
      alert: headline.fragileAndFar.value === null || headline.fragileAndFar.value > 0,
    },
  ];
}

/**
 * A commune's place in the fragility × offer ranking, as screens and documents write it: a commune whose
 * fragility is not known comes last in the order but is not ranked (« — »), never read as the least fragile.
 */
export const rankText = (rank: number, fragilityScore: number | null): string =>
  fragilityScore === null ? '—' : formatInteger(rank);

/** The columns of the communes table a user can sort by. */
export const COMMUNE_SORTS = [
  'rank',
  'name',
  'population',
  'placeCount',
  'placesPer10k',
  'fragilityScore',
] as const;
export type CommuneSort = (typeof COMMUNE_SORTS)[number];

const byNumber =
  (value: (c: DiagnosticCommuneDto) => number | null, descending: boolean) =>
  (a: DiagnosticCommuneDto, b: DiagnosticCommuneDto) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // unknown values last
    return descending ? y - x : x - y;
  };

/**
 * Communes in the order asked: the ranking (most fragile and least served first), the name, or a figure
 * (population and fragility from the highest, places from the lowest: the gaps first). Unknowns last.
 */
export function sortCommunes(
  communes: readonly DiagnosticCommuneDto[],
  sort: CommuneSort,
): DiagnosticCommuneDto[] {
  const byName = (a: DiagnosticCommuneDto, b: DiagnosticCommuneDto) => a.name.localeCompare(b.name, 'fr');
  const compare: Record<CommuneSort, (a: DiagnosticCommuneDto, b: DiagnosticCommuneDto) => number> = {
    rank: (a, b) => a.rank - b.rank,
    name: byName,
    population: byNumber((c) => c.population, true),
    // Places and itinerant permanences: a commune served by a bus comes after one with nothing.
    placeCount: byNumber((c) => c.placeCount + c.permanenceCount, false),
    placesPer10k: byNumber((c) => c.placesPer10k, false),
    fragilityScore: byNumber((c) => c.fragilityScore, true),
  };
  return [...communes].sort((a, b) => compare[sort](a, b) || byName(a, b));
}

/** « 12,4 km » to the nearest place offering the service, or why there is no distance. */
export function nearestText(commune: DiagnosticCommuneDto, service: string): string {
  const nearest = commune.nearest.find((n) => n.service === service);
  if (!nearest || nearest.status === 'noCentroid') return 'contours à importer';
  if (nearest.status === 'noPlaceOffering') return 'aucun lieu';
  if (nearest.nearestCommuneName === commune.name)
    return nearest.viaPermanence ? 'permanence itinérante' : 'dans la commune';
  return formatChartValue(nearest.distanceKm, 'km');
}

/**
 * A commune's offer as the communes tables write it, the Diagnostic screen's and the Word annex alike: null is
 * « non renseigné » (an empty directory, a population of 0 for a rate), never 0.
 */
export interface CommuneOfferTexts {
  /** « 2 », « 2 + 1 permanence » (`offerText`). */
  places: string | null;
  placesPer10k: string | null;
  /** Distinct services of the 9 offered in the commune. */
  services: string | null;
  /** To the nearest place offering the service followed (`nearestText`). */
  distance: string | null;
}

export function communeOfferTexts(dto: DiagnosticDto, commune: DiagnosticCommuneDto): CommuneOfferTexts {
  if (offerUnmeasured(dto)) return { places: null, placesPer10k: null, services: null, distance: null };
  return {
    places: offerText(commune.placeCount, commune.permanenceCount),
    placesPer10k: commune.placesPer10k === null ? null : formatDecimal(commune.placesPer10k),
    services: communeServicesText(commune),
    distance: nearestText(commune, dto.settings.service),
  };
}

/** « +3 », « −1,5 », « = » for a change; « — » when unknown. */
export function deltaText(change: Change, format: ValueFormat): string {
  if (change.delta === null) return '—';
  if (change.delta === 0) return '=';
  const magnitude =
    format === 'percent'
      ? `${formatDecimal(Math.abs(change.delta) * 100)}\u00a0point${Math.abs(change.delta) * 100 >= 2 ? 's' : ''}`
      : formatChartValue(Math.abs(change.delta), format);
  return `${change.delta > 0 ? '+' : '\u2212'}${magnitude}`;
}

/** A figure of a comparison side: shares are stored in 0…1 and shown in percent. */
export function figureText(value: number | null, format: ValueFormat): string {
  if (value === null) return '—';
  return format === 'percent' ? percentOf(value) : formatChartValue(value, format);
}

/**
 * A commune's offer in a few words, the same on screen and in the Word documents: « 2 », « 2 + 1 permanence »,
 * « 1 permanence itinérante » (a commune served only by a bus is not « 0 lieu »), « 0 ».
 */
export function offerText(placeCount: number, permanenceCount: number): string {
  if (permanenceCount === 0) return formatInteger(placeCount);
  if (placeCount === 0)
    return countLabel(permanenceCount, 'permanence itinérante', 'permanences itinérantes');
  return `${formatInteger(placeCount)} + ${countLabel(permanenceCount, 'permanence')}`;
}

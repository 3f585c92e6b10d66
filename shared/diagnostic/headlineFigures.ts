import { farUnknowns } from './farUnknowns';
import { countLabel, formatDecimal, formatInteger, quoted } from '../format/french';
import type { DiagnosticDto } from './diagnosticDto';
import { SERVICES } from '../vocabularies/lieuxMediation';
import { servicesKnowledge, silentPlacesText } from './servicesKnown';

/**
 * The figures of a diagnostic that appear in more than one place (the screen's key figures, the Word
 * diagnostic, the note de synthèse, a frozen diagnostic), computed once from the DTO and written once, so
 * that they are equal everywhere. An unknown figure has a null value and says why; it never reads 0.
 */

export interface HeadlineFigure {
  label: string;
  /** The figure, or null when it cannot be known (then `text` says « non renseigné » or « non calculable »). */
  value: number | null;
  /** The figure as written: « 12 », « au moins 3 », « non calculable ». */
  text: string;
  /** What it counts, or why it is unknown. */
  detail: string;
}

export const NOT_KNOWN = 'non renseigné';
export const NOT_COMPUTABLE = 'non calculable';

/**
 * Why there is no fragility: no indicator gathered yet, or none chosen among those gathered. Written in the
 * documents' words (a mayor reads it), not the app's (« importé »).
 */
export function missingFragilityReason(dto: DiagnosticDto): string {
  return dto.indicators.length === 0
    ? 'aucun indicateur de fragilité disponible'
    : `aucun indicateur de fragilité retenu (${countLabel(dto.indicators.length, 'indicateur disponible', 'indicateurs disponibles')})`;
}

/**
 * The directory holds no place and no permanence at all (none in the territory, none outside): nothing has been
 * entered or imported yet, so the offer is not known. Its figures are « non renseigné », not 0 and not an alert.
 */
export function offerUnmeasured(dto: DiagnosticDto): boolean {
  const { totals } = dto.offer;
  return totals.placeCount === 0 && totals.permanenceCount === 0 && totals.placesOutsideTerritory === 0;
}

export const EMPTY_DIRECTORY = 'aucun lieu dans l’annuaire';

const unknownOffer = (label: string): HeadlineFigure => ({
  label,
  value: null,
  text: NOT_KNOWN,
  detail: EMPTY_DIRECTORY,
});

export interface HeadlineFigures {
  places: HeadlineFigure;
  permanences: HeadlineFigure;
  communesWithoutOffer: HeadlineFigure;
  communesItinerantOnly: HeadlineFigure;
  /** Services of the 9 offered: « 6 sur 9 », « au moins 6 sur 9 » when some places list none. */
  servicesOffered: HeadlineFigure;
  /**
   * Services no place offers: « offerts nulle part » when every place lists its services, else « déclarés par
   * aucun lieu », with the places that say nothing in `detail`.
   */
  servicesNowhere: HeadlineFigure;
  veryFragile: HeadlineFigure;
  fragileAndFar: HeadlineFigure;
}

function servicesFigures(dto: DiagnosticDto): Pick<HeadlineFigures, 'servicesOffered' | 'servicesNowhere'> {
  const nowhere = dto.offer.offeredNowhere.services.length;
  const offered = SERVICES.length - nowhere;
  const outOf = (count: number) => `${formatInteger(count)}\u00a0sur ${SERVICES.length}`;
  const knowledge = servicesKnowledge(dto);
  const declaredByNone = countLabel(nowhere, 'service déclaré', 'services déclarés');
  switch (knowledge.kind) {
    case 'complete':
      return {
        servicesOffered: {
          label: 'Services offerts',
          value: offered,
          text: outOf(offered),
          detail:
            nowhere === 0
              ? 'chacun dans au moins un lieu'
              : `${countLabel(nowhere, 'service offert', 'services offerts')} nulle part`,
        },
        servicesNowhere: {
          label: 'Services offerts nulle part sur le territoire',
          value: nowhere,
          text: outOf(nowhere),
          detail: '',
        },
      };
    case 'uncounted':
      return {
        servicesOffered: {
          label: 'Services offerts',
          value: offered,
          text: outOf(offered),
          detail: `${declaredByNone} par aucun lieu`,
        },
        servicesNowhere: {
          label: 'Services déclarés par aucun lieu',
          value: nowhere,
          text: outOf(nowhere),
          detail: '',
        },
      };
    case 'partial': {
      const silent = silentPlacesText(knowledge.silent, knowledge.places);
      return {
        servicesOffered: {
          label: 'Services offerts',
          value: offered,
          text: `au moins ${outOf(offered)}`,
          detail: `${declaredByNone} par aucun lieu\u00a0; ${silent}`,
        },
        servicesNowhere: {
          label: 'Services déclarés par aucun lieu',
          value: nowhere,
          text: outOf(nowhere),
          detail: silent,
        },
      };
    }
    case 'none': {
      const silent = silentPlacesText(knowledge.silent, knowledge.places);
      return {
        servicesOffered: { label: 'Services offerts', value: null, text: NOT_KNOWN, detail: silent },
        servicesNowhere: {
          label: 'Services déclarés par aucun lieu',
          value: null,
          text: NOT_KNOWN,
          detail: silent,
        },
      };
    }
  }
}

/** A count some unknown communes may raise: « au moins 4 », and « aucune connue » rather than « au moins 0 ». */
const lowerBound = (count: number) => (count === 0 ? 'aucune connue' : `au moins ${formatInteger(count)}`);

export function headlineFigures(dto: DiagnosticDto): HeadlineFigures {
  const { offer, territory, settings, fragileAndFar: far } = dto;
  const withoutOffer = offer.communesWithoutPlace.length;
  const itinerantOnly = offer.communesItinerantOnly.length;
  const servedCommunes = dto.communes.filter((c) => c.permanenceCount > 0).length;
  const veryFragile = dto.fragility
    ? dto.communes.filter((c) => c.fragilityScore !== null && c.fragilityScore >= settings.minScore).length
    : null;
  // Read off the same communes as the count: those it cannot see may be fragile too.
  const fragilityKnownFor = dto.communes.filter((c) => c.fragilityScore !== null).length;
  const fragilityPartial = fragilityKnownFor < dto.communes.length;
  const farValue = far.status === 'computed' || far.status === 'partial' ? far.count : null;
  const unmeasured = offerUnmeasured(dto);
  const figures = {
    ...servicesFigures(dto),
    places: {
      label: 'Lieux de médiation numérique',
      value: offer.totals.placeCount,
      text: formatInteger(offer.totals.placeCount),
      detail:
        offer.totals.placesPer10k === null
          ? 'population inconnue'
          : `${formatDecimal(offer.totals.placesPer10k)} pour 10\u00a0000 habitants`,
    },
    permanences: {
      label: 'Permanences itinérantes',
      value: offer.totals.permanenceCount,
      text: formatInteger(offer.totals.permanenceCount),
      detail:
        offer.totals.permanenceCount === 0
          ? 'aucune commune desservie par un bus ou une équipe mobile n’est renseignée'
          : `dans ${countLabel(servedCommunes, 'commune')}, dont ${formatInteger(itinerantOnly)} sans lieu fixe`,
    },
    communesWithoutOffer: {
      label: 'Communes sans lieu ni permanence',
      value: withoutOffer,
      text: formatInteger(withoutOffer),
      detail: `sur ${countLabel(territory.communeCount, 'commune')}`,
    },
    communesItinerantOnly: {
      label: 'Communes desservies seulement par une permanence itinérante',
      value: itinerantOnly,
      text: formatInteger(itinerantOnly),
      detail: `sur ${countLabel(territory.communeCount, 'commune')}`,
    },
    veryFragile: {
      label: `Communes fragiles (score ${formatDecimal(settings.minScore)} ou plus)`,
      value: veryFragile,
      text:
        veryFragile === null
          ? NOT_KNOWN
          : fragilityPartial
            ? lowerBound(veryFragile)
            : formatInteger(veryFragile),
      detail: !dto.fragility
        ? missingFragilityReason(dto)
        : fragilityPartial
          ? `${dto.fragility.label}, connu pour ${formatInteger(fragilityKnownFor)} communes sur ${formatInteger(dto.communes.length)}`
          : dto.fragility.label,
    },
    fragileAndFar: {
      label: `Communes fragiles et à ${formatDecimal(far.minDistanceKm)}\u00a0km ou plus d’un lieu ${quoted(far.service)}`,
      value: farValue,
      text:
        far.status === 'noFragility'
          ? NOT_KNOWN
          : far.status === 'notComputable'
            ? NOT_COMPUTABLE
            : far.status === 'partial'
              ? lowerBound(farValue ?? 0)
              : formatInteger(farValue ?? 0),
      detail:
        far.status === 'noFragility'
          ? missingFragilityReason(dto)
          : far.status === 'notComputable'
            ? 'distances inconnues\u00a0: contours des communes à importer'
            : far.status === 'partial'
              ? farUnknowns(far).join(', ')
              : `fragilité ${formatDecimal(far.minScore)} ou plus, à vol d’oiseau`,
    },
  };
  if (!unmeasured) return figures;
  return {
    ...figures,
    places: unknownOffer(figures.places.label),
    permanences: unknownOffer(figures.permanences.label),
    communesWithoutOffer: unknownOffer(figures.communesWithoutOffer.label),
    communesItinerantOnly: unknownOffer(figures.communesItinerantOnly.label),
    servicesOffered: unknownOffer(figures.servicesOffered.label),
    servicesNowhere: unknownOffer(figures.servicesNowhere.label),
    // With no place at all, every fragile commune would be « far »: unknown, unless fragility is unknown first.
    fragileAndFar: dto.fragility ? unknownOffer(figures.fragileAndFar.label) : figures.fragileAndFar,
  };
}

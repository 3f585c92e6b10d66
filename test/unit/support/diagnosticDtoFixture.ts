import { FRESHNESS_CODES } from '../../../shared/actors/freshness';
import type { DiagnosticCommuneDto, DiagnosticDto } from '../../../shared/diagnostic/diagnosticDto';
import {
  NATIONAL_PROGRAMMES,
  PUBLICS,
  SERVICES,
  SPECIFIC_SUPPORTS,
  type Service,
} from '../../../shared/vocabularies/lieuxMediation';

/**
 * A hand-made diagnostic of three communes, small enough to check every chart and comparison by eye:
 * Amont (8 000 inhabitants, 2 places, score 3), Bourg (1 500, 0 place, score 8.5), Cime (500, 1 place, score 9).
 */

const commune = (
  code: string,
  name: string,
  population: number,
  placeCount: number,
  fragilityScore: number | null,
  services: Service[],
): DiagnosticCommuneDto => ({
  code,
  name,
  population,
  placeCount,
  placesPer10k: population > 0 ? (placeCount * 10_000) / population : null,
  permanenceCount: 0,
  itinerantOnly: false,
  accessPointsPer10k: population > 0 ? (placeCount * 10_000) / population : null,
  services,
  serviceOfferCount: services.length,
  serviceOffersPer10k: null,
  placesWithoutServices: 0,
  fragilityScore,
  rank: 0,
  indicators: [],
  nearest: [],
});

const coverage = <T extends string>(values: readonly T[], counts: Partial<Record<T, number>>) =>
  values.map((value) => ({ value, placeCount: counts[value] ?? 0, communeCount: counts[value] ? 1 : 0 }));

export function diagnosticFixture(): DiagnosticDto {
  const services = coverage(SERVICES, {
    'Aide aux démarches administratives': 2,
    'Accès internet et matériel informatique': 1,
  });
  const programmes = coverage(NATIONAL_PROGRAMMES, { 'Conseillers numériques': 1, 'France Services': 2 });
  const program = (name: (typeof NATIONAL_PROGRAMMES)[number]) => programmes.find((p) => p.value === name)!;
  return {
    territory: {
      name: 'CC des Trois Vallées',
      epciName: 'CC des Trois Vallées',
      epciSiren: '200000001',
      communeCount: 3,
      population: 10_000,
      populationSource: { label: 'INSEE, population municipale', year: 2023 },
    },
    today: '2026-04-05',
    computedAt: '2026-04-05T10:00:00.000Z',
    directorySource: { label: 'Annuaire des acteurs Maillage au 5\u00a0avril 2026', year: null },
    contoursSource: { label: 'Contours officiels des communes', year: null },
    settings: {
      fragilityIndicatorId: '1:total',
      fragilityLabel: null,
      service: 'Aide aux démarches administratives',
      minScore: 7,
      minDistanceKm: 10,
    },
    communes: [
      commune('01001', 'Amont', 8_000, 2, 3, ['Aide aux démarches administratives']),
      commune('01002', 'Bourg', 1_500, 0, 8.5, []),
      commune('01003', 'Cime', 500, 1, 9, ['Accès internet et matériel informatique']),
    ],
    offer: {
      totals: {
        communeCount: 3,
        population: 10_000,
        placeCount: 3,
        permanenceCount: 0,
        placesPer10k: 3,
        serviceOfferCount: 3,
        serviceOffersPer10k: 3,
        placesOutsideTerritory: 0,
        placesWithoutServices: 0,
      },
      communesWithoutPlace: ['01002'],
      communesItinerantOnly: [],
      populationWithoutPlace: 1_500,
      populationWithoutPlaceShare: 0.15,
      services,
      publics: coverage(PUBLICS, { Seniors: 1 }),
      specificSupports: coverage(SPECIFIC_SUPPORTS, {}),
      offeredNowhere: {
        services: services.filter((s) => s.placeCount === 0).map((s) => s.value),
        publics: PUBLICS.filter((p) => p !== 'Seniors'),
        specificSupports: [...SPECIFIC_SUPPORTS],
      },
      programmes,
      keyProgrammes: {
        conseillersNumeriques: program('Conseillers numériques'),
        franceServices: program('France Services'),
        aidantsConnect: program('Aidants Connect'),
      },
      freshness: FRESHNESS_CODES.map((freshness) => ({
        freshness,
        placeCount: freshness === 'recent' ? 2 : freshness === 'over18' ? 1 : 0,
        share: freshness === 'recent' ? 2 / 3 : freshness === 'over18' ? 1 / 3 : 0,
      })),
    },
    indicators: [
      {
        id: '1:total',
        key: 'total',
        label: 'Score de fragilité numérique',
        unit: 'score sur 10',
        datasetName: 'Indice de fragilité numérique',
        source: { label: 'La MedNum — fragilite-numerique.fr', year: 2023 },
        isScore: true,
        direction: 'higherIsMoreFragile',
        valueCount: 3,
      },
    ],
    fragility: {
      indicatorId: '1:total',
      label: 'Score de fragilité numérique',
      indicatorLabel: 'Score de fragilité numérique',
      direction: 'higherIsMoreFragile',
      source: { label: 'La MedNum — fragilite-numerique.fr', year: 2023 },
      scale: 'score',
      knownCount: 3,
    },
    ranking: [],
    fragileAndFar: {
      service: 'Aide aux démarches administratives',
      minScore: 7,
      minDistanceKm: 10,
      status: 'computed',
      count: 2,
      rows: [
        {
          rank: 1,
          code: '01003',
          name: 'Cime',
          population: 500,
          score: 9,
          status: 'measured',
          distanceKm: 14.2,
          nearestPlaceName: 'Mairie d’Amont',
        },
        {
          rank: 2,
          code: '01002',
          name: 'Bourg',
          population: 1_500,
          score: 8.5,
          status: 'measured',
          distanceKm: 11,
          nearestPlaceName: 'Mairie d’Amont',
        },
      ],
      unknownDistance: [],
    },
    commentary: { synthese: '', offre: '', fragilite: '', ecarts: '' },
    activity: null,
  };
}

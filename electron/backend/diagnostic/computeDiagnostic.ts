import type { ChartSource } from '../../../shared/charts/chartSpec';
import {
  DIRECTORY_SOURCE_LABEL,
  POPULATION_SOURCE,
  type DiagnosticCommentaryDto,
  type DiagnosticCommuneDto,
  type DiagnosticDto,
  type DiagnosticSettingsDto,
  type FragilityDto,
} from '../../../shared/diagnostic/diagnosticDto';
import { fragileAndFar, fragilityOfferTable } from '../../../shared/diagnostic/gaps';
import { nearestPlaceOffering, type NearestPlace } from '../../../shared/diagnostic/gapsDistance';
import { computeOffer } from '../../../shared/diagnostic/offer';
import { formatDate } from '../../../shared/format/french';
import { SERVICES, type Service } from '../../../shared/vocabularies/lieuxMediation';
import { compareFrench } from '../territory/referenceData';
import {
  fragilityIndicator,
  fragilityScores,
  indicatorsOf,
  indicatorValuesByCommune,
} from './indicatorColumns';
import type { DiagnosticInputs } from './diagnosticInputRepository';
import type { DiagnosticActivityDto } from '../../../shared/diagnostic/diagnosticActivity';

/** The diagnostic from what was read: the pure formulas of `shared/diagnostic/`, gathered into one DTO. */

export interface ComputeOptions {
  settings: DiagnosticSettingsDto;
  today: string;
  computedAt: string;
  commentary: DiagnosticCommentaryDto;
  /** The activity block, read apart (null: not computed). */
  activity?: DiagnosticActivityDto | null;
}

export function computeDiagnostic(inputs: DiagnosticInputs, options: ComputeOptions): DiagnosticDto {
  const { settings, today } = options;
  const communes = [...inputs.communes].sort((a, b) => compareFrench(a.name, b.name));
  const offer = computeOffer(communes, inputs.places, today);
  const indicators = indicatorsOf(inputs.indicators, inputs.values);
  const chosen = fragilityIndicator(indicators, inputs.indicators, settings.fragilityIndicatorId);
  const scores = chosen ? fragilityScores(chosen, inputs.values) : [];
  const scoreByCode = new Map(scores.map((s) => [s.code, s.score]));
  const ranking = fragilityOfferTable(communes, inputs.places, scores);
  const rankByCode = new Map(ranking.map((r) => [r.code, r.rank]));
  const labelOf = new Map(inputs.places.map((p) => [p.actorId, p.label]));
  const communeOf = new Map(inputs.places.map((p) => [p.actorId, p.communeCode]));
  const communeName = new Map(communes.map((c) => [c.code, c.name]));
  const nearestByService = new Map<Service, Map<string, NearestPlace>>(
    SERVICES.map((service) => [
      service,
      new Map(nearestPlaceOffering(communes, inputs.places, service).map((n) => [n.code, n])),
    ]),
  );
  const valuesByCommune = indicatorValuesByCommune(indicators, inputs.values);
  const absent = indicators.map((i) => ({ indicatorId: i.id, value: null, status: 'absent' as const }));
  const placeName = (id: string | null) => (id === null ? null : (labelOf.get(id) ?? null));
  const nearestCommuneName = (near: NearestPlace) => {
    const code = near.viaPermanence
      ? near.atCommuneCode
      : near.nearestActorId === null
        ? null
        : communeOf.get(near.nearestActorId);
    return code ? (communeName.get(code) ?? null) : null;
  };

  const communeRows = offer.communes.map((c): DiagnosticCommuneDto => ({
    ...c,
    fragilityScore: scoreByCode.get(c.code) ?? null,
    rank: rankByCode.get(c.code) ?? 0,
    indicators: valuesByCommune.get(c.code) ?? absent,
    nearest: SERVICES.map((service) => {
      const near = nearestByService.get(service)!.get(c.code)!;
      return {
        service,
        status: near.status,
        distanceKm: near.distanceKm,
        nearestPlaceName: placeName(near.nearestActorId),
        nearestCommuneName: nearestCommuneName(near),
        viaPermanence: near.viaPermanence,
      };
    }),
  }));

  const far = fragileAndFar(communes, inputs.places, scores, settings.service, settings);
  // The name chosen in the settings belongs to the indicator chosen there (not to a fallback).
  const customLabel = chosen && chosen.id === settings.fragilityIndicatorId ? settings.fragilityLabel : null;
  const fragility: FragilityDto | null = chosen
    ? {
        indicatorId: chosen.id,
        label: customLabel ?? chosen.label,
        indicatorLabel: chosen.label,
        direction: chosen.direction,
        source: chosen.source,
        scale: chosen.isScore ? 'score' : 'rescaled',
        knownCount: scores.length,
      }
    : null;
  const { communes: _perCommune, ...offerSummary } = offer;
  const contoursSource: ChartSource | null = inputs.contoursImportedAt
    ? { label: 'Contours officiels des communes (distances depuis le centre de chaque commune)', year: null }
    : null;

  return {
    territory: {
      name: inputs.territory?.displayName ?? '',
      epciName: inputs.territory?.epciName ?? '',
      epciSiren: inputs.territory?.epciSiren ?? '',
      communeCount: offer.totals.communeCount,
      population: offer.totals.population,
      populationSource: POPULATION_SOURCE,
    },
    today,
    computedAt: options.computedAt,
    directorySource: { label: `${DIRECTORY_SOURCE_LABEL} au ${formatDate(today)}`, year: null },
    contoursSource,
    settings: {
      ...settings,
      fragilityIndicatorId: chosen?.id ?? null,
      fragilityLabel: customLabel,
    },
    communes: communeRows,
    offer: offerSummary,
    indicators,
    fragility,
    ranking,
    fragileAndFar: {
      service: far.service,
      minScore: far.minScore,
      minDistanceKm: far.minDistanceKm,
      status: chosen ? far.status : 'noFragility',
      count: chosen && far.status !== 'notComputable' ? far.rows.length : null,
      rows: far.rows.map((row) => ({
        rank: row.rank,
        code: row.code,
        name: row.name,
        population: row.population,
        score: row.score,
        status: row.status,
        distanceKm: row.distanceKm,
        nearestPlaceName: placeName(row.nearestActorId),
      })),
      unknownDistance: far.unknownDistance.map((code) => ({ code, name: communeName.get(code) ?? code })),
      unknownFragility: chosen ? far.unknownFragility : 0,
    },
    commentary: options.commentary,
    activity: options.activity ?? null,
  };
}

import type { DiagnosticDto, FragileAndFarStatus } from '../../../shared/diagnostic/diagnosticDto';

/**
 * A diagnostic frozen by an earlier Maillage, read with today's fields: frozen before issue 15, it counted no
 * permanence (0 everywhere, marked so by nothing else), read every indicator « higher = more fragile », gave
 * the fragility its indicator's own label and had no status for « fragiles et loin » (worked out here from what
 * it kept: without contours, a fragile commune's distance was unknown). Frozen before issue 17, it had no activity
 * block (`activity: null`). Frozen before the places listing no service were counted, it has no
 * `placesWithoutServices`: the services no place declares then read « déclarés par aucun lieu », never « offerts
 * nulle part » (`shared/diagnostic/servicesKnown.ts`). Its figures are never recomputed.
 */

type Stored = DiagnosticDto & Record<string, unknown>;

function farStatus(dto: DiagnosticDto): FragileAndFarStatus {
  const far = dto.fragileAndFar;
  if (!dto.fragility) return 'noFragility';
  if (far.unknownDistance.length === 0) return 'computed';
  return dto.contoursSource === null || far.rows.length === 0 ? 'notComputable' : 'partial';
}

export function upgradeFrozenDiagnostic(stored: Stored): DiagnosticDto {
  // Frozen before the activity was followed (issue 17): no block, said so, never computed today.
  const withActivity = { ...stored, activity: stored.activity ?? null };
  return upgradeFarStatus(withActivity);
}

function upgradeFarStatus(stored: Stored): DiagnosticDto {
  if (stored.fragileAndFar.status !== undefined) return stored;
  const status = farStatus(stored);
  return {
    ...stored,
    settings: { ...stored.settings, fragilityLabel: stored.settings.fragilityLabel ?? null },
    communes: stored.communes.map((commune) => ({
      ...commune,
      permanenceCount: commune.permanenceCount ?? 0,
      itinerantOnly: commune.itinerantOnly ?? false,
      accessPointsPer10k: commune.accessPointsPer10k ?? commune.placesPer10k,
    })),
    offer: {
      ...stored.offer,
      totals: { ...stored.offer.totals, permanenceCount: stored.offer.totals.permanenceCount ?? 0 },
      communesItinerantOnly: stored.offer.communesItinerantOnly ?? [],
    },
    indicators: stored.indicators.map((indicator) => ({
      ...indicator,
      direction: indicator.direction ?? 'higherIsMoreFragile',
    })),
    fragility: stored.fragility
      ? {
          ...stored.fragility,
          indicatorLabel: stored.fragility.indicatorLabel ?? stored.fragility.label,
          direction: stored.fragility.direction ?? 'higherIsMoreFragile',
        }
      : null,
    ranking: stored.ranking.map((row) => ({
      ...row,
      permanenceCount: row.permanenceCount ?? 0,
      accessPointsPer10k: row.accessPointsPer10k ?? row.placesPer10k,
    })),
    fragileAndFar: {
      ...stored.fragileAndFar,
      status,
      count: status === 'computed' || status === 'partial' ? stored.fragileAndFar.rows.length : null,
    },
  };
}

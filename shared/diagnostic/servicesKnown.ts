import { countLabel, formatInteger } from '../format/french';
import { SERVICES } from '../vocabularies/lieuxMediation';
import type { DiagnosticCommuneDto, DiagnosticDto } from './diagnosticDto';

/**
 * How much the directory says of the services offered. A place whose services are not listed (« Services : non
 * renseignés ») may offer any of the 9: a service no place declares is then « déclaré par aucun lieu », not
 * « offert nulle part », and a commune whose places are all silent has services « non renseigné », not 0.
 */
export type ServicesKnowledge =
  /** Every place lists its services (or every service is declared somewhere): what is declared is the offer. */
  | { kind: 'complete' }
  /** Some places list no service: the services declared are a lower bound. */
  | { kind: 'partial'; silent: number; places: number }
  /** No service is declared, and the territory's places list none: the services offered are not known. */
  | { kind: 'none'; silent: number; places: number }
  /** Frozen before the places without services were counted: only what was declared is known. */
  | { kind: 'uncounted' };

export function servicesKnowledge(dto: DiagnosticDto): ServicesKnowledge {
  const { totals, offeredNowhere } = dto.offer;
  if (offeredNowhere.services.length === 0) return { kind: 'complete' };
  const silent = totals.placesWithoutServices;
  if (silent === undefined) return { kind: 'uncounted' };
  if (silent === 0) return { kind: 'complete' };
  return offeredNowhere.services.length === SERVICES.length && silent === totals.placeCount
    ? { kind: 'none', silent, places: totals.placeCount }
    : { kind: 'partial', silent, places: totals.placeCount };
}

/** « 19 lieux sur 34 sans services renseignés », the same words wherever the silent places are counted. */
export function silentPlacesText(silent: number, places: number): string {
  return `${countLabel(silent, 'lieu', 'lieux')} sur ${formatInteger(places)} sans services renseignés`;
}

/**
 * A commune's services (of the 9) as the tables write them, on screen and in the Word annex: « 3 »; « au moins
 * 2 » when some of its places list none; null (« non renseigné ») when it has places and none lists a service.
 */
export function communeServicesText(commune: DiagnosticCommuneDto): string | null {
  const count = commune.services.length;
  if (count === 0 && commune.placeCount + commune.permanenceCount > 0) return null;
  return (commune.placesWithoutServices ?? 0) > 0 ? `au moins ${formatInteger(count)}` : formatInteger(count);
}

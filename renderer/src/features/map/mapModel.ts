/**
 * The « Carte » screen's logic: the query sent to `map.svg`, the French report of an import, the file name
 * of a download, the actor a click on the map points at. Pure: no React.
 */
import type { MapDto, MapImportReportDto, MapSummaryDto } from '../../../../shared/map/dto';
import type { MapColorBy, MapSvgInput } from '../../../../shared/map/schemas';
import { countLabel } from '../../../../shared/format/french';
import { contourUseText } from '../../../../shared/map/contourUse';
import { searchKeyOfName } from './searchKeyOfName';
import { EMPTY_FILTERS, type ListFilters } from '../actors/listQueryState';

export interface MapState {
  filters: ListFilters;
  colorBy: MapColorBy;
}

export const DEFAULT_MAP_STATE: MapState = { filters: EMPTY_FILTERS, colorBy: 'role' };

export const COLOR_BY_CHOICES: { value: MapColorBy; label: string }[] = [
  { value: 'role', label: 'Rôle de l’acteur' },
  { value: 'typology', label: 'Typologie de la structure' },
];

export const mapQuery = (state: MapState): MapSvgInput => ({ ...state.filters, colorBy: state.colorBy });

/** « 22 lieux sur 9 communes ; 26 communes sans lieu fixe ». */
export function summaryText(summary: MapSummaryDto): string {
  const places = `${countLabel(summary.placeCount, 'lieu', 'lieux')} sur ${countLabel(summary.communesWithPlaces, 'commune')}`;
  const without = countLabel(
    summary.communesWithoutPlaces,
    'commune sans lieu fixe',
    'communes sans lieu fixe',
  );
  const parts = [`${places}\u00a0; ${without}`];
  if (summary.approximateCount > 0)
    parts.push(
      `${countLabel(summary.approximateCount, 'lieu placé au centre de sa commune', 'lieux placés au centre de leur commune')} faute d’adresse géolocalisée`,
    );
  if (summary.unplacedCount > 0)
    parts.push(
      `${countLabel(summary.unplacedCount, 'lieu sans coordonnées, absent', 'lieux sans coordonnées, absents')} de la carte`,
    );
  if (summary.misplacedCount > 0)
    parts.push(
      `${countLabel(summary.misplacedCount, 'lieu aux coordonnées invraisemblables pour sa commune, non dessiné', 'lieux aux coordonnées invraisemblables pour leur commune, non dessinés')} à ces coordonnées\u00a0: vérifiez ${summary.misplacedCount > 1 ? 'leur' : 'son'} adresse`,
    );
  return parts.join('. ') + '.';
}

/** What an import did, in one French paragraph: communes covered, contours used and left out, communes missing. */
export function importReportText(report: MapImportReportDto): string {
  const parts = [
    `Contours importés pour ${countLabel(report.matchedCount, 'commune')} du territoire\u00a0: ${contourUseText(report.use)}`,
  ];
  if (report.missingCommunes.length > 0)
    parts.push(
      `Sans contour dans ce fichier\u00a0: ${report.missingCommunes.map((c) => c.name).join(', ')}.`,
    );
  return parts.join(' ');
}

/**
 * The contours line of the map screen, kept after the import: « Contours des communes : 40 contours utilisés,
 * 234 laissés de côté (…) », or their number alone when the import's figures are no longer known.
 */
export function contourLine(map: Pick<MapDto, 'hasContours' | 'contourCount' | 'contourUse'>): string | null {
  if (!map.hasContours) return null;
  if (map.contourUse) return `Contours des communes\u00a0: ${contourUseText(map.contourUse)}`;
  return `Contours importés pour ${countLabel(map.contourCount, 'commune')} du territoire.`;
}

/** « carte-cc-du-civraisien-en-poitou-2026-04-05.svg ». */
export function svgFileName(territoryName: string, today: string): string {
  return `carte-${searchKeyOfName(territoryName)}-${today}.svg`;
}

/** The actor a click on the map points at: the nearest element carrying `data-actor-id`. */
export function actorIdAt(target: EventTarget | null): number | null {
  const element = target instanceof Element ? target.closest('[data-actor-id]') : null;
  const id = Number(element?.getAttribute('data-actor-id'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

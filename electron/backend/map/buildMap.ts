import type { MapDto, MapSummaryDto } from '../../../shared/map/dto';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { countLabel, formatDate } from '../../../shared/format/french';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { todayOf } from '../context';
import { matchingActorIds } from '../actors/actorFilterRepository';
import { getTerritory, getTerritoryCommunes } from '../territory/repository';
import { readContours } from './contourRepository';
import { readContourUse } from './contourUseRepository';
import { legendOf } from './mapLegend';
import { communeCentroids, mapPoints, type MapPoint } from './mapPoints';
import { buildMapSvg } from './svgMap';
import { coordinatesFit } from '../interop/import/coordinateCheck';

type MapValues = ApiParsedInput<'map.svg'>;

/** « 38 lieux sur 21 communes ; 14 communes sans lieu fixe ». */
export function summaryLine(summary: MapSummaryDto): string {
  const places = `${countLabel(summary.placeCount, 'lieu', 'lieux')} sur ${countLabel(summary.communesWithPlaces, 'commune')}`;
  const without = countLabel(
    summary.communesWithoutPlaces,
    'commune sans lieu fixe',
    'communes sans lieu fixe',
  );
  return `${places}\u00a0; ${without}`;
}

/**
 * The places of the matching actors and the communes that have one, drawn or not: a place without coordinates
 * is still a place of its commune (the diagnostic counts it so); what the drawing leaves out is said apart.
 */
function summarize(points: MapPoint[], territoryCodes: string[]): MapSummaryDto {
  const drawn = points.filter((p) => p.position !== null);
  const covered = new Set(points.map((p) => p.communeCode).filter((c) => c !== null));
  const communesWithPlaces = territoryCodes.filter((code) => covered.has(code)).length;
  return {
    placeCount: points.length,
    communesWithPlaces,
    communesWithoutPlaces: territoryCodes.length - communesWithPlaces,
    approximateCount: drawn.filter((p) => p.approximate && !p.misplaced).length,
    unplacedCount: points.filter((p) => p.position === null && !p.misplaced).length,
    misplacedCount: points.filter((p) => p.misplaced).length,
  };
}

/**
 * What the drawing leaves out or moves, in parentheses after the summary line: « (1 lieu sans coordonnées hors
 * carte ; 2 lieux aux coordonnées invraisemblables pour leur commune, montrés au centre de celle-ci) ». A place
 * without coordinates is drawn at its commune's centre when the commune's contour is imported, else left out.
 */
function offMapText(points: MapPoint[]): string {
  const parts: string[] = [];
  const unplaced = points.filter((p) => p.position === null && !p.misplaced).length;
  if (unplaced > 0)
    parts.push(`${countLabel(unplaced, 'lieu sans coordonnées', 'lieux sans coordonnées')} hors carte`);
  const moved = points.filter((p) => p.misplaced && p.position !== null).length;
  const off = points.filter((p) => p.misplaced && p.position === null).length;
  const misplaced = (count: number) =>
    countLabel(
      count,
      'lieu aux coordonnées invraisemblables pour sa commune',
      'lieux aux coordonnées invraisemblables pour leur commune',
    );
  if (moved > 0) parts.push(`${misplaced(moved)}, ${moved > 1 ? 'montrés' : 'montré'} au centre de celle-ci`);
  if (off > 0) parts.push(`${misplaced(off)} hors carte`);
  return parts.length > 0 ? ` (${parts.join('\u00a0; ')})` : '';
}

/** The map of the places of the actors matching the directory's filters, as an SVG string. */
export async function buildMap(ctx: BackendContext, input: MapValues): Promise<MapDto> {
  const territory = await getTerritory(ctx.db);
  if (!territory) throw new AppFailure('no_territory', 'Choisissez d’abord un territoire.');
  const communes = await getTerritoryCommunes(ctx.db);
  const contours = readContours(ctx);
  const { colorBy, ...filters } = input;
  const ids = await matchingActorIds(ctx.db, filters, todayOf(ctx));
  const points = mapPoints(ctx, ids, communeCentroids(contours), (lat, lon, code) =>
    coordinatesFit(lat, lon, code, contours),
  );
  const codes = communes.map((c) => c.code);
  const summary = summarize(points, codes);
  const drawn = points.filter((p): p is MapPoint & { position: [number, number] } => p.position !== null);
  // Without contours, places with coordinates are still drawn (on a blank background), so that freshly
  // imported places can be seen at once; with neither, there is nothing to draw.
  if (contours.size === 0 && drawn.length === 0)
    return { hasContours: false, contourCount: 0, contourUse: null, svg: null, summary };

  const { categories, keyOfPoint } = legendOf(drawn, colorBy);
  const colorOf = new Map(categories.map((c) => [c.key, c.color]));
  const covered = new Set(drawn.map((p) => p.communeCode));
  const caption = [
    summaryLine(summary) + offMapText(points),
    `Sources\u00a0: annuaire Maillage au ${formatDate(todayOf(ctx))}\u00a0; ` +
      (contours.size > 0
        ? 'contours officiels des communes.'
        : 'contours des communes non disponibles (lieux géolocalisés seulement).'),
  ];
  const svg = buildMapSvg({
    title: `Lieux des acteurs du numérique — ${territory.displayName}`,
    caption,
    // The categories count places, not actors: « Lieu de médiation (17) » beside « 22 lieux » read as a
    // contradiction under a heading that named only the role.
    legendTitle: colorBy === 'role' ? 'Lieux par rôle de l’acteur' : 'Lieux par typologie de structure',
    communes: communes.flatMap((commune) => {
      const polygons = contours.get(commune.code);
      return polygons
        ? [{ code: commune.code, name: commune.name, polygons, hasPlace: covered.has(commune.code) }]
        : [];
    }),
    points: drawn.map((point, index) => ({
      actorId: point.actorId,
      label:
        point.placeName === point.actorName ? point.actorName : `${point.actorName} — ${point.placeName}`,
      position: point.position,
      approximate: point.approximate,
      color: colorOf.get(keyOfPoint[index] ?? '') ?? '#4D4D4D',
    })),
    categories,
  });
  return {
    hasContours: contours.size > 0,
    contourCount: contours.size,
    contourUse: readContourUse(ctx),
    svg,
    summary,
  };
}

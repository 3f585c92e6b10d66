import { geoArea } from 'd3-geo';
import type { ContourLeftOutReason, ContourUseDto, MapImportReportDto } from '../../../shared/map/dto';
import { AppFailure } from '../../../shared/result';
import type { BackendContext } from '../context';
import { nowIsoOf } from '../context';
import { getTerritoryCommunes } from '../territory/repository';
import { readContourFile, type Polygon } from './geojson';
import { resolveCommuneCode } from '../interop/import/communeIndex';
import { replaceContoursWithUse } from './contourUseRepository';
import { matchContours } from './matchContours';
import { currentCodeOf } from './oldCodes';
import { simplifyContours } from './simplify';

/**
 * d3-geo reads rings on the sphere: an outline wound the other way (as RFC 7946 files are) would cover the
 * whole globe but the commune. Such polygons are turned round so that every drawing and centroid holds.
 */
export function windForD3(polygon: Polygon): Polygon {
  const area = geoArea({ type: 'Polygon', coordinates: polygon });
  return area > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
}

/**
 * Imports commune contours from a GeoJSON file, replacing those stored before. The territory is read through
 * `db`: the demo's transaction, when the demo is created with its contours (`territory/demo/demoContours.ts`).
 */
export async function importContours(
  ctx: BackendContext,
  bytes: Buffer,
  db: BackendContext['db'] = ctx.db,
): Promise<MapImportReportDto> {
  const communes = await getTerritoryCommunes(db);
  if (communes.length === 0)
    throw new AppFailure(
      'no_territory',
      'Choisissez d’abord un territoire\u00a0: les contours lui sont rattachés.',
    );
  const text = bytes.toString('utf8');
  const file = readContourFile(text);
  const { features } = file;
  const match = matchContours(
    features,
    communes.map((c) => c.code),
    currentCodeOf,
  );
  if (match.polygonsByCode.size === 0)
    throw new AppFailure(
      'invalid_input',
      `Aucune commune du territoire dans ce fichier (${features.length} contours lus)\u00a0: choisissez le fichier du bon département.`,
    );
  // All communes at once, so that the borders they share stay shared once thinned.
  const simplified = new Map(
    [...simplifyContours(match.polygonsByCode)].map(([code, polygons]) => [code, polygons.map(windForD3)]),
  );
  const importedAt = nowIsoOf(ctx);
  // Another commune of France, or a code no commune ever had (by the import's own history of codes).
  const unknownCodes = match.outsideCodes.filter((code) => resolveCommuneCode(code) === null).length;
  const leftOut: [ContourLeftOutReason, number][] = [
    ['outside', match.outsideCount - unknownCodes],
    ['unknownCode', unknownCodes],
    ['noCode', file.withoutCode],
    ['noPolygon', file.withoutPolygon],
  ];
  const use: ContourUseDto = {
    usedCount: features.length - match.outsideCount,
    mergedOldCodes: match.mergedOldCodes,
    leftOut: leftOut
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]) => ({ reason, count })),
    importedAt,
  };
  // The contours and what was made of their file, in one transaction: never one without the other.
  replaceContoursWithUse(ctx, simplified, use);
  const nameOf = new Map(communes.map((c) => [c.code, c.name]));
  return {
    use,
    matchedCount: simplified.size,
    missingCommunes: match.missingCodes.map((code) => ({ code, name: nameOf.get(code) ?? code })),
    outsideCount: match.outsideCount,
    mergedOldCodes: match.mergedOldCodes,
    featureCount: features.length,
  };
}

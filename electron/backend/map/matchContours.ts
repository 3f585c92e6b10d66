import type { ContourFeature, Polygon } from './geojson';

export interface ContourMatch {
  /** Each territory commune found, with all its polygons (several old communes → one MultiPolygon). */
  polygonsByCode: Map<string, Polygon[]>;
  missingCodes: string[];
  outsideCount: number;
  /** The codes of the features outside, one per feature (to tell another commune from a code never used). */
  outsideCodes: string[];
  /** Features read under an old code and attached to the current commune. */
  mergedOldCodes: number;
}

/**
 * Keeps the features of the territory's communes. A feature under an old code (a commune that has since
 * merged into a commune nouvelle) goes to the current commune, whose polygons are then the union of its
 * old communes' polygons.
 */
export function matchContours(
  features: readonly ContourFeature[],
  territoryCodes: readonly string[],
  currentCodeOf: (code: string) => string,
): ContourMatch {
  const territory = new Set(territoryCodes);
  const polygonsByCode = new Map<string, Polygon[]>();
  const outsideCodes: string[] = [];
  let mergedOldCodes = 0;
  for (const feature of features) {
    const code = territory.has(feature.code) ? feature.code : currentCodeOf(feature.code);
    if (!territory.has(code)) {
      outsideCodes.push(feature.code);
      continue;
    }
    if (code !== feature.code) mergedOldCodes += 1;
    polygonsByCode.set(code, [...(polygonsByCode.get(code) ?? []), ...feature.polygons]);
  }
  const missingCodes = territoryCodes.filter((code) => !polygonsByCode.has(code));
  return { polygonsByCode, missingCodes, outsideCount: outsideCodes.length, outsideCodes, mergedOldCodes };
}

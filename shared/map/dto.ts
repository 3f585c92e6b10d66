/** Why a feature of a contours file was not used. */
export type ContourLeftOutReason = 'outside' | 'unknownCode' | 'noCode' | 'noPolygon';

/**
 * How much of a contours file the map uses: « 40 contours utilisés, 234 laissés de côté (230 hors du
 * territoire, 4 sans code de commune) ». Kept after the import, shown on the map screen.
 */
export interface ContourUseDto {
  /** Features of the file drawn as (part of) a territory commune, old communes merged into theirs included. */
  usedCount: number;
  /** Of them, features under the code of an old commune, drawn as part of its commune nouvelle. */
  mergedOldCodes: number;
  /** Features left out, by reason, the largest count first (reasons with none are absent). */
  leftOut: { reason: ContourLeftOutReason; count: number }[];
  /** When the contours were imported (ISO). */
  importedAt: string;
}

/** What an import of commune contours did, for a French report. */
export interface MapImportReportDto {
  /** What the map now uses of the file. */
  use: ContourUseDto;
  /** Territory communes that now have a contour. */
  matchedCount: number;
  /** Territory communes the file had no contour for, sorted by name. */
  missingCommunes: { code: string; name: string }[];
  /** Features of the file outside the territory (other communes, other départements). */
  outsideCount: number;
  /** Old codes merged into a current commune (« 86043 » → « 86082 »). */
  mergedOldCodes: number;
  featureCount: number;
}

export interface MapSummaryDto {
  /** Places of the matching actors, drawn or not (those left out are counted below). */
  placeCount: number;
  /** Communes of the territory with at least one place, drawn or not. */
  communesWithPlaces: number;
  communesWithoutPlaces: number;
  /** Places drawn at the centre of their commune for want of coordinates (the misplaced ones apart). */
  approximateCount: number;
  /** Places that could not be drawn at all (no coordinates, no commune with a contour; misplaced apart). */
  unplacedCount: number;
  /**
   * Places whose stored coordinates do not fit their commune (far from it, latitude and longitude swapped):
   * drawn at their commune's centre (among the approximate ones) or not at all, never where they point.
   */
  misplacedCount: number;
}

export interface MapDto {
  /** False until contours have been imported: the screen then explains where to get them. */
  hasContours: boolean;
  contourCount: number;
  /** What the last import of contours used and left out; null before any, or when it is no longer known. */
  contourUse: ContourUseDto | null;
  /** A standalone SVG document (no style attribute, no remote content), or null without contours. */
  svg: string | null;
  summary: MapSummaryDto;
}

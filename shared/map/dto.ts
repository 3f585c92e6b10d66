/** What an import of commune contours did, for a French report. */
export interface MapImportReportDto {
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
  placeCount: number;
  /** Communes of the territory with at least one place drawn. */
  communesWithPlaces: number;
  communesWithoutPlaces: number;
  /** Places drawn at the centre of their commune for want of coordinates. */
  approximateCount: number;
  /** Places that could not be drawn at all (no coordinates, no commune with a contour). */
  unplacedCount: number;
}

export interface MapDto {
  /** False until contours have been imported: the screen then explains where to get them. */
  hasContours: boolean;
  contourCount: number;
  /** A standalone SVG document (no style attribute, no remote content), or null without contours. */
  svg: string | null;
  summary: MapSummaryDto;
}

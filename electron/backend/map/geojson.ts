import { AppFailure } from '../../../shared/result';
import { padCode } from '../interop/import/communeKey';

/** A polygon as GeoJSON holds it: rings of [longitude, latitude], the first one the outline. */
export type Polygon = number[][][];

export interface ContourFeature {
  code: string;
  polygons: Polygon[];
}

/** The property names commune codes go by in the files people download (IGN, INSEE, data.gouv.fr…). */
export const CODE_PROPERTIES = [
  'code',
  'insee',
  'INSEE_COM',
  'insee_com',
  'codgeo',
  'CODGEO',
  'code_insee',
  'CODE_INSEE',
  'code_commune',
  'com',
  'COM',
  'DEPCOM',
  'depcom',
] as const;

const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

const invalid = (message: string) => new AppFailure('invalid_input', message);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPosition = (value: unknown): value is number[] =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

const isPolygon = (value: unknown): value is Polygon =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition));

/** The polygons of a geometry, or null when it is neither a Polygon nor a MultiPolygon (or is malformed). */
function polygonsOf(geometry: unknown): Polygon[] | null {
  if (!isRecord(geometry)) return null;
  if (geometry.type === 'Polygon') return isPolygon(geometry.coordinates) ? [geometry.coordinates] : null;
  if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) {
    const polygons: unknown[] = geometry.coordinates;
    return polygons.every(isPolygon) ? polygons : null;
  }
  return null;
}

function codeOf(properties: Record<string, unknown>, key: string): string | null {
  const raw = properties[key];
  // Read as the import reads a commune code: « 1001 » (a spreadsheet's lost zero) is « 01001 ».
  const text =
    typeof raw === 'number' ? String(raw).padStart(5, '0') : typeof raw === 'string' ? padCode(raw) : '';
  return COMMUNE_CODE.test(text) ? text : null;
}

/** The property that holds a commune code in most features, among the usual names. */
function codeProperty(features: Record<string, unknown>[]): string | null {
  let best: { key: string; hits: number } | null = null;
  for (const key of CODE_PROPERTIES) {
    const hits = features.filter((f) => isRecord(f.properties) && codeOf(f.properties, key) !== null).length;
    if (hits > 0 && (best === null || hits > best.hits)) best = { key, hits };
  }
  return best?.key ?? null;
}

/** A contours file's features with a code and polygons, and how many it had without either. */
export interface ContourFile {
  features: ContourFeature[];
  /** Features with polygons but no commune code in the property the file uses. */
  withoutCode: number;
  /** Features that are not polygons (points, lines, empty or malformed geometries). */
  withoutPolygon: number;
}

/**
 * Reads a GeoJSON FeatureCollection of commune contours: each feature's commune code (from the first usual
 * property name found) and its polygons. Features without a code or a polygon are left out and counted; a
 * file that is not such a collection at all ends with a French message.
 */
export function readContourFile(text: string): ContourFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid(
      'Ce fichier n’est pas du GeoJSON lisible (ce n’est pas du JSON). Choisissez le fichier «\u00a0.geojson\u00a0» des contours des communes.',
    );
  }
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    throw invalid(
      'Ce fichier JSON n’est pas une collection GeoJSON («\u00a0FeatureCollection\u00a0»)\u00a0: ce ne sont pas des contours de communes.',
    );
  const features = (data.features as unknown[]).filter(isRecord);
  const withPolygons = features.filter((f) => polygonsOf(f.geometry) !== null);
  if (withPolygons.length === 0)
    throw invalid(
      'Ce fichier ne contient aucun polygone\u00a0: il faut les contours des communes, pas des points ou des lignes.',
    );
  const key = codeProperty(withPolygons);
  if (key === null)
    throw invalid(
      `Aucun code de commune trouvé dans ce fichier\u00a0: les contours doivent porter le code INSEE dans une propriété comme ${CODE_PROPERTIES.slice(0, 5).join(', ')}.`,
    );
  const read = withPolygons.flatMap((feature): ContourFeature[] => {
    const code = isRecord(feature.properties) ? codeOf(feature.properties, key) : null;
    const polygons = polygonsOf(feature.geometry);
    return code && polygons ? [{ code, polygons }] : [];
  });
  return {
    features: read,
    withoutCode: withPolygons.length - read.length,
    withoutPolygon: (data.features as unknown[]).length - withPolygons.length,
  };
}

/** The features of a contours file that have a commune code and polygons. */
export function parseContours(text: string): ContourFeature[] {
  return readContourFile(text).features;
}

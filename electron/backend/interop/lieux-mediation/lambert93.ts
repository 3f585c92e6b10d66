import proj4 from 'proj4';

/**
 * Lambert-93 (EPSG:2154), the official projection of mainland France and Corsica, to longitude and latitude
 * (WGS 84), with proj4. Producer files exported from a GIS often give x/y in metres instead of degrees.
 */

/** EPSG:2154 as the EPSG registry defines it (RGF93 v1 / Lambert-93, GRS 80, equal to WGS 84 here). */
const LAMBERT_93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';

const converter = proj4(LAMBERT_93, 'WGS84');

/** The projection's domain with a margin: mainland France and Corsica, never a pair of degrees. */
export function isLambert93(x: number, y: number): boolean {
  return x >= -400_000 && x <= 1_400_000 && y >= 6_000_000 && y <= 7_300_000;
}

/** x, y in metres → latitude and longitude in degrees, or null when the pair is not in Lambert-93's domain. */
export function fromLambert93(x: number, y: number): { latitude: number; longitude: number } | null {
  if (!isLambert93(x, y)) return null;
  const [longitude, latitude] = converter.forward([x, y]);
  if (longitude === undefined || latitude === undefined) return null;
  return { latitude: round(latitude), longitude: round(longitude) };
}

/** Seven decimals: about a centimetre, more than any file gives. */
const round = (value: number) => Math.round(value * 1e7) / 1e7;

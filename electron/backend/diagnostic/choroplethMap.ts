import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { formatDecimal } from '../../../shared/format/french';
import type { Polygon } from '../map/geojson';
import { escapeXml, HEIGHT, WIDTH } from '../map/svgMap';

/**
 * The choropleth map of one indicator: each commune filled by the class of its value, as a standalone SVG
 * (same projection, size and typography as the directory's map; presentation attributes only, no `style`).
 */

export interface ChoroplethCommune {
  code: string;
  name: string;
  polygons: Polygon[];
  /** Null when secret, missing or absent: drawn in grey. */
  value: number | null;
}

export interface ChoroplethDrawing {
  title: string;
  legendTitle: string;
  /** Lines under the map (sources). */
  caption: string[];
  communes: ChoroplethCommune[];
}

const MAP_BOX: [[number, number], [number, number]] = [
  [16, 62],
  [640, 640],
];
const LEGEND_X = 664;
const FONT = 'Arial, Helvetica, sans-serif';
const OUTLINE = '#6B7C8F';
/** Light to dark, readable in greys when printed. */
export const CLASS_COLORS = ['#FEF0D9', '#FDCC8A', '#FC8D59', '#E34A33', '#B30000'] as const;
export const NO_VALUE_COLOR = '#D9DEE3';

export interface ValueClass {
  min: number;
  max: number;
  color: string;
  count: number;
}

/** Five classes of equal width between the lowest and the highest value (one class when all are equal). */
export function valueClasses(values: readonly number[]): ValueClass[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return [{ min, max, color: CLASS_COLORS[2], count: values.length }];
  const width = (max - min) / CLASS_COLORS.length;
  const classes = CLASS_COLORS.map((color, i) => ({
    min: min + i * width,
    max: i === CLASS_COLORS.length - 1 ? max : min + (i + 1) * width,
    color,
    count: 0,
  }));
  for (const value of values) classes[classIndexOf(classes, value)]!.count += 1;
  return classes;
}

function classIndexOf(classes: readonly ValueClass[], value: number): number {
  const index = classes.findIndex((c) => value < c.max);
  return index === -1 ? classes.length - 1 : index;
}

export function buildChoroplethSvg(drawing: ChoroplethDrawing): string {
  const features: Feature<MultiPolygon>[] = drawing.communes.map((commune) => ({
    type: 'Feature',
    properties: { code: commune.code },
    geometry: { type: 'MultiPolygon', coordinates: commune.polygons },
  }));
  const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features };
  const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent(MAP_BOX, collection);
  const path = geoPath(projection).digits(1);
  const known = drawing.communes.map((c) => c.value).filter((v): v is number => v !== null);
  const classes = valueClasses(known);

  const shapes = drawing.communes
    .map((commune, index) => {
      const fill =
        commune.value === null ? NO_VALUE_COLOR : classes[classIndexOf(classes, commune.value)]!.color;
      const value = commune.value === null ? 'donnée absente ou secrète' : formatDecimal(commune.value);
      return `<path d="${path(features[index]!) ?? ''}" fill="${fill}" stroke="${OUTLINE}" stroke-width="0.8" stroke-linejoin="round" data-commune-code="${escapeXml(commune.code)}"><title>${escapeXml(`${commune.name}\u00a0: ${value}`)}</title></path>`;
    })
    .join('');

  const legendRows: string[] = [
    `<text x="${LEGEND_X}" y="90" font-size="16" font-weight="bold" fill="#1F2933">${escapeXml(drawing.legendTitle)}</text>`,
  ];
  let y = 120;
  const row = (fill: string, label: string) => {
    legendRows.push(
      `<g transform="translate(${LEGEND_X} ${y})"><rect x="0" y="-8" width="18" height="14" fill="${fill}" stroke="${OUTLINE}" stroke-width="1"/><text x="26" y="5" font-size="14" fill="#1F2933">${escapeXml(label)}</text></g>`,
    );
    y += 24;
  };
  // A value on a bound belongs to the class above it (`classIndexOf`): every class but the top one stops short of
  // its upper bound, and says so, so that no value reads as being in two classes.
  for (const [index, c] of [...classes.entries()].reverse()) {
    const top = index === classes.length - 1;
    const range =
      c.min === c.max
        ? formatDecimal(c.min)
        : `de ${formatDecimal(c.min)} à ${top ? '' : 'moins de '}${formatDecimal(c.max)}`;
    row(c.color, `${range} (${c.count} commune${c.count > 1 ? 's' : ''})`);
  }
  const missing = drawing.communes.length - known.length;
  if (missing > 0) row(NO_VALUE_COLOR, `Sans donnée (${missing} commune${missing > 1 ? 's' : ''})`);

  const caption = drawing.caption
    .map(
      (line, index) =>
        `<text x="20" y="${HEIGHT - 30 + index * 18}" font-size="13" fill="#52606D">${escapeXml(line)}</text>`,
    )
    .join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="${FONT}" role="img" aria-label="${escapeXml(drawing.title)}">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#FFFFFF"/>`,
    `<text x="20" y="40" font-size="24" font-weight="bold" fill="#1F2933">${escapeXml(drawing.title)}</text>`,
    `<g id="communes">${shapes}</g>`,
    `<g id="legende">${legendRows.join('')}</g>`,
    caption,
    '</svg>',
  ].join('');
}

import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon } from 'geojson';
import type { Polygon } from './geojson';
import { xmlSafeText } from '../../../shared/text/controlCharacters';
import type { LegendCategory } from './mapLegend';

/**
 * The map as a standalone SVG document, built from data alone (the same string goes on screen and, later,
 * into a Word document): commune outlines, places as points, a legend and a caption. Presentation
 * attributes only (the CSP forbids `style`), no remote content, a fixed viewBox.
 */

export interface DrawnCommune {
  code: string;
  name: string;
  polygons: Polygon[];
  hasPlace: boolean;
}

export interface DrawnPoint {
  actorId: number;
  /** Shown on hover (SVG <title>). */
  label: string;
  position: [number, number];
  approximate: boolean;
  color: string;
}

export interface MapDrawing {
  title: string;
  /** Lines under the map (summary, sources). */
  caption: string[];
  legendTitle: string;
  communes: DrawnCommune[];
  points: DrawnPoint[];
  categories: LegendCategory[];
}

export const WIDTH = 980;
export const HEIGHT = 700;
/** At most this many commune names on one map. */
const MAX_COMMUNE_NAMES = 80;
const MAP_BOX: [[number, number], [number, number]] = [
  [16, 62],
  [640, 640],
];
const LEGEND_X = 664;
const FONT = 'Arial, Helvetica, sans-serif';
export const FILL_WITH_PLACE = '#E3ECF4';
export const FILL_WITHOUT_PLACE = '#F6C9B3';
const OUTLINE = '#6B7C8F';
const POINT_RADIUS = 6;
/** The lines joining spread points to the spot they share. */
const LEG = '#52606D';

/**
 * Text as XML character data or an attribute value. What XML cannot hold at all (a U+000B typed with Word's
 * Shift+Enter in a name stored before fields were cleaned) is dropped: one such character made the whole map
 * invalid, and its rasterisation fail.
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const fixed = (value: number): string => String(Math.round(value * 10) / 10);

/** A point where it is drawn; `spot`, where it lies, when it was moved aside to be clicked. */
interface DrawnSpot {
  x: number;
  y: number;
  spot?: { x: number; y: number };
}

/**
 * Points at the same spot are spread on a small circle around it, so that each one can be clicked; each keeps
 * the spot it lies at, which the map marks and joins to it (a spread point may fall on the next commune).
 */
function spread(projected: { x: number; y: number }[]): DrawnSpot[] {
  const groups = new Map<string, number[]>();
  projected.forEach((p, index) => {
    const key = `${Math.round(p.x / 4)}/${Math.round(p.y / 4)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const result: DrawnSpot[] = projected.map((p) => ({ ...p }));
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const radius = POINT_RADIUS + 2 + indexes.length;
    const spot = { x: 0, y: 0 };
    for (const index of indexes) {
      spot.x += (projected[index]?.x ?? 0) / indexes.length;
      spot.y += (projected[index]?.y ?? 0) / indexes.length;
    }
    indexes.forEach((index, rank) => {
      const angle = (2 * Math.PI * rank) / indexes.length - Math.PI / 2;
      result[index] = { x: spot.x + radius * Math.cos(angle), y: spot.y + radius * Math.sin(angle), spot };
    });
  }
  return result;
}

/** The spots of spread points: a thin line from each to its point, and a dot on the spot, under the points. */
function spreadLegs(spots: readonly DrawnSpot[]): string {
  const legs = spots.flatMap(({ x, y, spot }) =>
    spot
      ? [
          `<line x1="${fixed(spot.x)}" y1="${fixed(spot.y)}" x2="${fixed(x)}" y2="${fixed(y)}" stroke="${LEG}" stroke-width="1.2" pointer-events="none"/>`,
        ]
      : [],
  );
  const centres = new Set(spots.flatMap(({ spot }) => (spot ? [spot] : [])));
  const dots = [...centres].map(
    (spot) =>
      `<circle cx="${fixed(spot.x)}" cy="${fixed(spot.y)}" r="2.5" fill="${LEG}" pointer-events="none"/>`,
  );
  return legs.join('') + dots.join('');
}

/** A commune's name goes under its centre, and further down while it would cover a place. */
function labelBaseline(
  x: number,
  y: number,
  name: string,
  spots: readonly { x: number; y: number }[],
): number {
  const halfWidth = name.length * 3 + POINT_RADIUS;
  let baseline = y;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const covered = spots.filter(
      (spot) =>
        Math.abs(spot.x - x) < halfWidth &&
        spot.y > baseline - 10 - POINT_RADIUS &&
        spot.y < baseline + 3 + POINT_RADIUS,
    );
    if (covered.length === 0) break;
    baseline = Math.max(...covered.map((spot) => spot.y)) + POINT_RADIUS + 11;
  }
  return baseline;
}

/** The room a commune's name takes on the map (11 px Arial, ≈ 6 px a character, with its white halo). */
interface NameBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const nameBox = (x: number, baseline: number, name: string): NameBox => {
  const half = name.length * 3.1 + 2;
  return { left: x - half, right: x + half, top: baseline - 11, bottom: baseline + 3 };
};

const overlap = (a: NameBox, b: NameBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a commune's name goes: under its centre, clear of the places (`labelBaseline`) and of the names already
 * placed, moved down or up a line at a time; null when no spot near its centre is free (the name is still the
 * commune's tooltip). Two names printed on each other could be read as neither (« Gençay » over
 * « Saint-Maurice-la-Clouère »).
 */
function clearBaseline(
  x: number,
  y: number,
  name: string,
  spots: readonly { x: number; y: number }[],
  placed: NameBox[],
): number | null {
  for (const shift of [0, 13, -13, 26, -26]) {
    const baseline = labelBaseline(x, y + shift, name, spots);
    const box = nameBox(x, baseline, name);
    if (placed.some((other) => overlap(box, other))) continue;
    placed.push(box);
    return baseline;
  }
  return null;
}

function legendRow(y: number, symbol: string, label: string, tooltip?: string): string {
  const shown = label.length > 40 ? `${label.slice(0, 38).trimEnd()}…` : label;
  const title = tooltip ?? (shown === label ? null : label);
  return `<g transform="translate(${LEGEND_X} ${y})">${symbol}<text x="26" y="5" font-size="14" fill="#1F2933">${escapeXml(shown)}${title ? `<title>${escapeXml(title)}</title>` : ''}</text></g>`;
}

const swatch = (fill: string) =>
  `<rect x="0" y="-8" width="18" height="14" fill="${fill}" stroke="${OUTLINE}" stroke-width="1"/>`;
const dot = (fill: string, stroke: string, width = 1.5) =>
  `<circle cx="9" cy="0" r="${POINT_RADIUS}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;

function legend(drawing: MapDrawing, anySpread: boolean): string {
  const rows: string[] = [];
  let y = 90;
  const heading = (text: string) => {
    rows.push(
      `<text x="${LEGEND_X}" y="${y}" font-size="16" font-weight="bold" fill="#1F2933">${escapeXml(text)}</text>`,
    );
    y += 26;
  };
  heading(drawing.legendTitle);
  for (const category of drawing.categories) {
    rows.push(legendRow(y, dot(category.color, '#FFFFFF'), `${category.label} (${category.count})`));
    y += 24;
  }
  y += 12;
  heading('Position des lieux');
  rows.push(legendRow(y, dot('#1F2933', '#FFFFFF'), 'adresse géolocalisée'));
  y += 24;
  rows.push(legendRow(y, dot('#FFFFFF', '#1F2933', 2.5), 'position approximative'));
  y += 20;
  rows.push(
    `<text x="${LEGEND_X + 26}" y="${y + 5}" font-size="14" fill="#1F2933">(centre de la commune)</text>`,
  );
  y += 24;
  if (anySpread) {
    const sharedSpot = `<line x1="3" y1="0" x2="15" y2="0" stroke="${LEG}" stroke-width="1.2"/><circle cx="3" cy="0" r="2.5" fill="${LEG}"/>${dot('#1F2933', '#FFFFFF').replace('cx="9"', 'cx="15"')}`;
    rows.push(legendRow(y, sharedSpot, 'lieux au même endroit,'));
    y += 20;
    rows.push(
      `<text x="${LEGEND_X + 26}" y="${y + 5}" font-size="14" fill="#1F2933">écartés autour de lui</text>`,
    );
    y += 24;
  }
  y += 12;
  if (drawing.communes.length === 0) return `<g id="legende">${rows.join('')}</g>`;
  heading('Communes');
  rows.push(legendRow(y, swatch(FILL_WITH_PLACE), 'Commune avec au moins un lieu'));
  y += 24;
  rows.push(legendRow(y, swatch(FILL_WITHOUT_PLACE), 'Commune sans lieu fixe de médiation'));
  return `<g id="legende">${rows.join('')}</g>`;
}

/**
 * Without commune contours the map frames the points themselves, with a margin (at least ~2 km, so that a
 * single place does not fill the whole map).
 */
function pointsFrame(points: readonly DrawnPoint[]): Feature<MultiPoint> {
  const lons = points.map((p) => p.position[0]);
  const lats = points.map((p) => p.position[1]);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const margin = Math.max(0.02, (east - west) * 0.1, (north - south) * 0.1);
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west - margin, south - margin],
        [east + margin, north + margin],
      ],
    },
  };
}

export function buildMapSvg(drawing: MapDrawing): string {
  const features: Feature<MultiPolygon, { code: string }>[] = drawing.communes.map((commune) => ({
    type: 'Feature',
    properties: { code: commune.code },
    geometry: { type: 'MultiPolygon', coordinates: commune.polygons },
  }));
  const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features };
  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(MAP_BOX, features.length > 0 ? collection : pointsFrame(drawing.points));
  const path = geoPath(projection).digits(1);

  const areas = features.map((feature) => path.area(feature));
  const sorted = [...areas].sort((a, b) => b - a);
  // The larger half of the communes and those with a place get their name; tiny ones would only stack labels.
  const labelThreshold = sorted[Math.floor(sorted.length / 2)] ?? 0;
  // On a crowded territory (a large agglomeration, hundreds of communes) only the largest communes are named:
  // more names than this cannot be read at the map's size, and each one costs time when the map is printed.
  const labelled = new Set(
    drawing.communes
      .map((commune, index) => ({ index, area: areas[index] ?? 0, eligible: commune.hasPlace }))
      .filter(({ area, eligible }) => eligible || area >= labelThreshold)
      .sort((a, b) => b.area - a.area)
      .slice(0, MAX_COMMUNE_NAMES)
      .map(({ index }) => index),
  );

  const communes = drawing.communes
    .map((commune, index) => {
      const d = path(features[index] as Feature<MultiPolygon>) ?? '';
      const fill = commune.hasPlace ? FILL_WITH_PLACE : FILL_WITHOUT_PLACE;
      const status = commune.hasPlace ? '' : ' — sans lieu fixe de médiation';
      return `<path d="${d}" fill="${fill}" stroke="${OUTLINE}" stroke-width="0.8" stroke-linejoin="round" data-commune-code="${escapeXml(commune.code)}"><title>${escapeXml(commune.name + status)}</title></path>`;
    })
    .join('');

  const ordered = [...drawing.points].sort((a, b) => Number(a.approximate) - Number(b.approximate));
  const projected = ordered.map((point) => {
    const xy = projection(point.position) ?? [0, 0];
    return { x: xy[0], y: xy[1] };
  });
  const spots = spread(projected);
  const legs = spreadLegs(spots);
  const points = spots
    .map(({ x, y }, index) => {
      const point = ordered[index] as DrawnPoint;
      const paint = point.approximate
        ? `fill="#FFFFFF" stroke="${point.color}" stroke-width="2.5"`
        : `fill="${point.color}" stroke="#FFFFFF" stroke-width="1.5"`;
      const hint = point.approximate ? ' (position approximative)' : '';
      return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="${POINT_RADIUS}" ${paint} data-actor-id="${point.actorId}" class="map-point"><title>${escapeXml(point.label + hint)}</title></circle>`;
    })
    .join('');

  // Names are placed communes with a place first, then the largest, each clear of the names placed before it.
  const placedNames: NameBox[] = [];
  const labels = [...labelled]
    .sort(
      (a, b) =>
        Number(drawing.communes[b]!.hasPlace) - Number(drawing.communes[a]!.hasPlace) ||
        (areas[b] ?? 0) - (areas[a] ?? 0),
    )
    .flatMap((index) => {
      const commune = drawing.communes[index]!;
      const [x, centreY] = path.centroid(features[index] as Feature<MultiPolygon>);
      if (!Number.isFinite(x) || !Number.isFinite(centreY)) return [];
      const y = clearBaseline(x, centreY + 14, commune.name, spots, placedNames);
      if (y === null) return [];
      return [
        `<text x="${fixed(x)}" y="${fixed(y)}" text-anchor="middle" font-size="11" fill="#3E4C59" stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke" pointer-events="none">${escapeXml(commune.name)}</text>`,
      ];
    })
    .join('');

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
    `<g id="communes">${communes}</g>`,
    `<g id="noms">${labels}</g>`,
    `<g id="memes-adresses">${legs}</g>`,
    `<g id="lieux">${points}</g>`,
    legend(
      drawing,
      spots.some((spot) => spot.spot),
    ),
    caption,
    '</svg>',
  ].join('');
}

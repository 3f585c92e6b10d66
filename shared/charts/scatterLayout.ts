import type { ScatterChartSpec } from './chartSpec';
import { CHART_FONT_SIZE, estimateTextWidth, fitText } from './chartLayout';

/** Margins and axis sizes of the scatter chart, shared by the drawing and the placement of point names. */
export const SCATTER_MARGIN = { top: 16, right: 40, bottom: 12, left: 12 } as const;
export const SCATTER_Y_AXIS_WIDTH = 64;
export const SCATTER_X_AXIS_HEIGHT = 44;
/** Up to this many points, every point may be named; beyond, only the highlighted ones are. */
export const NAME_ALL_UP_TO = 25;
const LABEL_FONT_SIZE = CHART_FONT_SIZE - 1;
const LABEL_OFFSET = 7;
const LABEL_MAX_WIDTH = 130;

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The drawing area of a scatter chart of the given size (inside the margins and axes). */
export function scatterPlotBox(width: number, height: number): PlotBox {
  const left = SCATTER_MARGIN.left + SCATTER_Y_AXIS_WIDTH;
  const top = SCATTER_MARGIN.top;
  return {
    left,
    top,
    width: Math.max(1, width - left - SCATTER_MARGIN.right),
    height: Math.max(1, height - top - SCATTER_MARGIN.bottom - SCATTER_X_AXIS_HEIGHT),
  };
}

/** 1, 2 or 5 times a power of ten, the first at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const mantissa = rough / power;
  return (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10) * power;
}

/** A round axis range around the values (about four steps), fixed so that positions can be computed ahead. */
export function niceDomain(values: number[]): [number, number] {
  return rangeOf(niceTicks(values));
}

/** First and last of ticks: the axis range they span. */
export function rangeOf(ticks: number[]): [number, number] {
  return [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1];
}

/** The ticks of that range, one per round step (« 4, 5, 6… », « 0, 10, 20… »). */
export function niceTicks(values: number[]): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const step = niceStep((max - min) / 4);
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  // Multiplying integers by the step (rather than adding steps) keeps 0.1 × 3 from drifting to 0.30000000000000004.
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

export interface PointName {
  text: string;
  /** Right of the point (text starts there) or left of it (text ends there). */
  side: 'right' | 'left';
  /** Where the text is anchored, in pixels of the chart, and its baseline. */
  x: number;
  y: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Room kept between two names. */
const GAP = 4;
const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 + GAP && b.y0 < a.y1 + GAP;

/**
 * Which points get their name written, and on which side: highlighted points first, then the others when
 * there are few; a name that would cover one already placed is left out (the table gives every point).
 * Indexes are those of `points`.
 */
export function placePointNames(
  points: ScatterChartSpec['points'],
  domains: { x: [number, number]; y: [number, number] },
  box: PlotBox,
): Map<number, PointName> {
  const nameAll = points.length <= NAME_ALL_UP_TO;
  const order = points
    .map((point, index) => ({ point, index }))
    .filter(({ point }) => nameAll || point.highlight === true)
    .sort((a, b) => Number(b.point.highlight === true) - Number(a.point.highlight === true));
  const px = (x: number) => box.left + ((x - domains.x[0]) / (domains.x[1] - domains.x[0] || 1)) * box.width;
  const py = (y: number) =>
    box.top + box.height - ((y - domains.y[0]) / (domains.y[1] - domains.y[0] || 1)) * box.height;
  const rightEdge = box.left + box.width + SCATTER_MARGIN.right;
  const placed: Box[] = [];
  const names = new Map<number, PointName>();
  for (const { point, index } of order) {
    const text = fitText(point.label, LABEL_MAX_WIDTH, LABEL_FONT_SIZE);
    const width = estimateTextWidth(text, LABEL_FONT_SIZE);
    const x = px(point.x);
    const baseline = py(point.y) - LABEL_OFFSET;
    const vertical = { y0: baseline - LABEL_FONT_SIZE, y1: baseline + 2 };
    const candidates: [PointName['side'], Box][] = [
      ['right', { x0: x + LABEL_OFFSET, x1: x + LABEL_OFFSET + width, ...vertical }],
      ['left', { x0: x - LABEL_OFFSET - width, x1: x - LABEL_OFFSET, ...vertical }],
    ];
    const free = candidates.find(
      ([, candidate]) =>
        candidate.x1 <= rightEdge &&
        candidate.x0 >= box.left &&
        candidate.y0 >= 0 &&
        !placed.some((other) => overlaps(other, candidate)),
    );
    if (!free) continue;
    placed.push(free[1]);
    const side = free[0];
    names.set(index, { text, side, x: side === 'right' ? free[1].x0 : free[1].x1, y: baseline });
  }
  return names;
}

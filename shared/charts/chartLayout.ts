import type { ChartSpec, ValueFormat } from './chartSpec';
import { formatChartValue } from './chartValue';

/** Text size of every chart, in pixels, on screen and in documents. */
export const CHART_FONT_SIZE = 12;

/**
 * Fonts of every chart. Liberation Sans has Arial's metrics, so a chart drawn where Arial is missing (the
 * Linux machines that render documents) keeps the layout it has on Windows; DejaVu Sans is the last resort.
 */
export const CHART_FONT_FAMILY = 'Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

/** Average advance of a character of the chart font, relative to its size (Arial's average on French words). */
const AVERAGE_ADVANCE = 0.56;

/**
 * Estimated width of a line of text, in pixels. Estimated rather than measured so that the screen and the
 * off-screen rendering (where nothing can be measured) lay a chart out the same way.
 */
export function estimateTextWidth(text: string, fontSize = CHART_FONT_SIZE): number {
  return text.length * fontSize * AVERAGE_ADVANCE;
}

/** The text as it fits in `maxWidth` pixels: whole, or cut on a character and ended with « … ». */
export function fitText(text: string, maxWidth: number, fontSize = CHART_FONT_SIZE): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const room = Math.floor(maxWidth / (fontSize * AVERAGE_ADVANCE)) - 1;
  if (room <= 0) return '…';
  return `${text.slice(0, room).trimEnd()}…`;
}

/** Line spacing of a category name written on two lines, in em. */
export const CATEGORY_LINE_HEIGHT = 1.1;

/**
 * A category name, left of its bar, as it fits in `maxWidth` pixels: whole on one line; else whole on two
 * lines broken at a space, as even as possible; else its second line cut with « … » (and a name whose first
 * word fits nowhere cut on one line). Never more than two lines, so that the bars keep their spacing.
 */
export function categoryLines(text: string, maxWidth: number, fontSize = CHART_FONT_SIZE): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSize) <= maxWidth;
  if (fits(text)) return [text];
  const words = text.split(' ');
  let even: string[] | null = null;
  let evenWidest = Infinity;
  let longestFirst = 0;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ');
    if (!fits(first)) break;
    longestFirst = i;
    const second = words.slice(i).join(' ');
    const widest = Math.max(first.length, second.length);
    if (fits(second) && widest < evenWidest) {
      even = [first, second];
      evenWidest = widest;
    }
  }
  if (even) return even;
  if (longestFirst === 0) return [fitText(text, maxWidth, fontSize)];
  return [
    words.slice(0, longestFirst).join(' '),
    fitText(words.slice(longestFirst).join(' '), maxWidth, fontSize),
  ];
}

/**
 * The `dy` of each line of a category name: the first moved up so that the lines stand centred on the
 * bar (one line: « 0.35em », as Recharts centres a tick), each next one a line lower.
 */
export function categoryLineShifts(count: number): string[] {
  const first = Math.round((0.35 - ((count - 1) * CATEGORY_LINE_HEIGHT) / 2) * 1000) / 1000;
  return Array.from({ length: count }, (_, i) => (i === 0 ? `${first}em` : `${CATEGORY_LINE_HEIGHT}em`));
}

/** Of the width given to the category names, what their text may take (the rest parts them from the axis). */
export const CATEGORY_NAME_PADDING = 8;

/** Row height of one bar, and of one bar of a series within a group, in pixels. */
const BAR_ROW = 24;
/** Row height of one bar when a name takes two lines, so that two such names never touch. */
const TWO_LINE_BAR_ROW = 30;
const GROUP_BAR = 14;
const GROUP_GAP = 14;
/** Room for the value axis, its name and the margins around a bar chart. */
const BAR_CHROME = 64;
const LEGEND_ROW = 24;

/**
 * A height that suits the chart: bar charts grow with their number of items so that every commune name
 * stays readable, and give their rows more room when, at `width`, a name takes two lines; scatter and pie
 * charts keep a fixed, comfortable height.
 */
export function suggestedHeight(spec: ChartSpec, width?: number): number {
  switch (spec.kind) {
    case 'bar': {
      const labels = spec.items.map((item) => item.label);
      const room = width === undefined ? null : categoryAxisWidth(labels, width) - CATEGORY_NAME_PADDING;
      const wraps = room !== null && labels.some((label) => categoryLines(label, room).length > 1);
      return Math.max(160, BAR_CHROME + spec.items.length * (wraps ? TWO_LINE_BAR_ROW : BAR_ROW));
    }
    case 'groupedBar':
      return Math.max(
        180,
        BAR_CHROME + LEGEND_ROW + spec.categories.length * (spec.series.length * GROUP_BAR + GROUP_GAP),
      );
    case 'scatter':
      return 380;
    case 'pie':
      return Math.max(260, 40 + spec.slices.length * LEGEND_ROW);
  }
}

/** Width given to the category names of a bar chart: the longest name, capped at 48 % of the chart. */
export function categoryAxisWidth(labels: string[], chartWidth: number): number {
  const longest = Math.max(0, ...labels.map((label) => estimateTextWidth(label)));
  return Math.round(Math.min(Math.max(longest + 16, 72), chartWidth * 0.48));
}

/** Room to the right of horizontal bars for their values written at the end. */
export function valueLabelRoom(values: (number | null)[], format: ValueFormat): number {
  const longest = Math.max(0, ...values.map((value) => estimateTextWidth(formatChartValue(value, format))));
  return Math.round(longest + 16);
}

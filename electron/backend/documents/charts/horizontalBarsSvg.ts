import type { BarChartSpec, GroupedBarChartSpec } from '../../../../shared/charts/chartSpec';
import {
  CATEGORY_NAME_PADDING,
  CHART_FONT_SIZE,
  categoryLines,
  categoryLineShifts,
} from '../../../../shared/charts/chartLayout';
import { formatChartValue, MISSING_MARK } from '../../../../shared/charts/chartValue';
import { groupedBarsFrame, rankedBarsFrame, type BarFrame } from '../../../../shared/charts/barLayout';
import { palette, seriesColour } from '../../../../shared/charts/palette';
import { legendSvg } from './legendSvg';
import { element, linesElement, textElement } from './svgElement';

/**
 * Horizontal bars for the documents, drawn as the screen's Recharts draws them (`RankedBars`, `GroupedBars`):
 * the same frame (`shared/charts/barLayout`), bands and bar sizes, a value written at the end of each bar,
 * « n.d. » beside an empty bar for a missing value (never a zero).
 */

/** Recharts' axis defaults: tick marks 6 px long, their labels 2 px further. */
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Room between the end of a bar and its value; the smallest length drawn (a zero still shows its value). */
const LABEL_OFFSET = 5;
const MIN_BAR = 1;

interface Bar {
  value: number | null;
  fill: string;
}

interface Category {
  name: string;
  strong: boolean;
  bars: Bar[];
}

interface BarsDrawing {
  width: number;
  height: number;
  frame: BarFrame;
  categories: Category[];
  format: BarChartSpec['format'];
  /** Name of the value axis, under it (ranked bars). */
  valueLabel: string | null;
  /** The series' legend above the bars (grouped bars). */
  legend: string;
}

export function rankedBarsSvg(spec: BarChartSpec, width: number, height: number): string {
  return barsSvg({
    width,
    height,
    frame: rankedBarsFrame(spec, width),
    categories: spec.items.map((item) => ({
      name: item.label,
      strong: item.highlight === true,
      bars: [{ value: item.value, fill: item.highlight === true ? palette.highlight : palette.base }],
    })),
    format: spec.format,
    valueLabel: spec.valueLabel,
    legend: '',
  });
}

export function groupedBarsSvg(spec: GroupedBarChartSpec, width: number, height: number): string {
  const frame = groupedBarsFrame(spec, width);
  return barsSvg({
    width,
    height,
    frame,
    categories: spec.categories.map((name, index) => ({
      name,
      strong: false,
      bars: spec.series.map((series, s) => ({ value: series.values[index] ?? null, fill: seriesColour(s) })),
    })),
    format: spec.format,
    valueLabel: null,
    legend: legendSvg(
      spec.series.map((series, s) => ({ label: series.label, colour: seriesColour(s) })),
      frame.legend!,
      false,
    ),
  });
}

/** Size and place of the bars within a band (Recharts' `getBarPositions` without fixed bar sizes). */
function barPositions(
  band: number,
  count: number,
  frame: BarFrame,
): { offset: number; size: number; gap: number } {
  const offset = (band * frame.categoryGapPercent) / 100;
  const gap = band - 2 * offset - (count - 1) * frame.barGap <= 0 ? 0 : frame.barGap;
  const raw = (band - 2 * offset - (count - 1) * gap) / count;
  return { offset, size: raw > 1 ? Math.round(raw) : raw, gap };
}

function barsSvg(drawing: BarsDrawing): string {
  const { width, height, frame, categories, format } = drawing;
  const [d0, d1] = frame.axis.domain;
  const left = frame.margin.left + frame.categoryWidth;
  const right = width - frame.margin.right;
  const top = frame.margin.top;
  const bottom = height - frame.margin.bottom - frame.axisHeight;
  const x = (value: number) => left + ((value - d0) / (d1 - d0 || 1)) * (right - left);
  const base = x(d1 < 0 ? d1 : d0 > 0 ? d0 : 0);
  const band = (bottom - top) / Math.max(1, categories.length);
  const perCategory = Math.max(1, ...categories.map((category) => category.bars.length));
  const { offset, size, gap } = barPositions(band, perCategory, frame);

  const grid = frame.axis.ticks.map((tick) =>
    element('line', { x1: x(tick), y1: top, x2: x(tick), y2: bottom, stroke: palette.grid, fill: 'none' }),
  );
  const bars: string[] = [];
  const values: string[] = [];
  categories.forEach((category, c) => {
    category.bars.forEach((bar, b) => {
      let length = bar.value === null ? 0 : x(bar.value) - base;
      if (Math.abs(length) < MIN_BAR) length += Math.sign(length || MIN_BAR) * (MIN_BAR - Math.abs(length));
      const y = top + c * band + offset + (size + gap) * b;
      if (bar.value !== null)
        bars.push(
          element('rect', {
            x: Math.min(base, base + length),
            y,
            width: Math.abs(length),
            height: size,
            fill: bar.fill,
          }),
        );
      const forward = length >= 0;
      values.push(
        textElement(
          {
            x: base + length + (forward ? LABEL_OFFSET : -LABEL_OFFSET),
            y: y + size / 2,
            dy: '0.355em',
            'text-anchor': forward ? 'start' : 'end',
            'font-size': frame.valueFontSize,
            fill: palette.ink,
          },
          bar.value === null ? MISSING_MARK : formatChartValue(bar.value, format),
        ),
      );
    });
  });
  const axes = [
    element('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: palette.axis, fill: 'none' }),
    ...frame.axis.ticks.map((tick) =>
      element('line', {
        x1: x(tick),
        y1: bottom + TICK_SIZE,
        x2: x(tick),
        y2: bottom,
        stroke: palette.axis,
        fill: 'none',
      }),
    ),
    element('line', { x1: left, y1: top, x2: left, y2: bottom, stroke: palette.axis, fill: 'none' }),
  ];
  const ticks = frame.axis.ticks.map((tick) =>
    textElement(
      {
        x: x(tick),
        y: bottom + TICK_SIZE + TICK_MARGIN,
        dy: '0.71em',
        'text-anchor': 'middle',
        'font-size': CHART_FONT_SIZE,
        fill: palette.inkSoft,
      },
      formatChartValue(tick, format),
    ),
  );
  const axisName =
    drawing.valueLabel === null
      ? ''
      : textElement(
          {
            x: left + (right - left) / 2,
            y: height - frame.margin.bottom,
            'text-anchor': 'middle',
            'font-size': CHART_FONT_SIZE,
            fill: palette.inkSoft,
          },
          drawing.valueLabel,
        );
  const nameX = left - TICK_SIZE - TICK_MARGIN - 6;
  const names = categories.map((category, c) => {
    // One line, or two when the name is too long (`categoryLines`), as the screen's `CategoryTick` writes it.
    const lines = categoryLines(category.name, frame.categoryWidth - CATEGORY_NAME_PADDING);
    const attributes = {
      x: nameX,
      y: top + c * band + band / 2,
      'text-anchor': 'end',
      'font-size': CHART_FONT_SIZE,
      fill: palette.ink,
      'font-weight': category.strong ? 'bold' : null,
    };
    if (lines.length === 1) return textElement({ ...attributes, dy: '0.35em' }, lines[0]!, category.name);
    const shifts = categoryLineShifts(lines.length);
    return linesElement(
      attributes,
      lines.map((text, i) => ({ attributes: { x: nameX, dy: shifts[i] }, text })),
      category.name,
    );
  });
  return [
    element('g', {}, ...grid),
    drawing.legend,
    element('g', {}, ...bars),
    element('g', {}, ...axes),
    element('g', {}, ...ticks),
    axisName,
    element('g', {}, ...names),
    element('g', {}, ...values),
  ].join('');
}

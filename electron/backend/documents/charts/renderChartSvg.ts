import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { CHART_FONT_FAMILY } from '../../../../shared/charts/chartLayout';
import { isEmptyChart } from '../../../../shared/charts/chartTable';
import { AppFailure } from '../../../../shared/result';
import { emptyChartSvg } from './emptyChartSvg';
import { groupedBarsSvg, rankedBarsSvg } from './horizontalBarsSvg';
import { pieSvg } from './pieSvg';
import { scatterSvg } from './scatterSvg';
import { element, escapeXml } from './svgElement';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * A chart as a standalone SVG document, written as text from its description: the drawing the screen's
 * Recharts components make of the same spec (same frame, ticks, labels and colours, from `shared/charts/`),
 * with no DOM, no React and nothing of the UI. The title and the sources are not drawn: the documents write
 * them as text around the image. Presentation attributes only, so that resvg reads everything.
 */
export function renderChartSvg(spec: ChartSpec, size: ChartSize): string {
  const { width, height } = size;
  const valid = (value: number) => Number.isFinite(value) && value >= 1 && value <= 20_000;
  if (!valid(width) || !valid(height))
    throw new AppFailure(
      'invalid_input',
      `Taille de graphique impossible (${width} × ${height} pixels)\u00a0: entre 1 et 20 000 pixels de côté.`,
    );
  const title = `<title>${escapeXml(spec.title)}</title>${spec.subtitle ? `<desc>${escapeXml(spec.subtitle)}</desc>` : ''}`;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': CHART_FONT_FAMILY,
      role: 'img',
    },
    title,
    drawing(spec, width, height),
  );
}

function drawing(spec: ChartSpec, width: number, height: number): string {
  if (isEmptyChart(spec)) return emptyChartSvg(spec, width, height);
  switch (spec.kind) {
    case 'bar':
      return rankedBarsSvg(spec, width, height);
    case 'groupedBar':
      return groupedBarsSvg(spec, width, height);
    case 'pie':
      return pieSvg(spec, width, height);
    case 'scatter':
      return scatterSvg(spec, width, height);
  }
}

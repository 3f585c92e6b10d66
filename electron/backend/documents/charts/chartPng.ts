import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { chartFonts, type ChartFonts } from './chartFonts';
import { renderChartSvg, type ChartSize } from './renderChartSvg';

export interface ChartPngOptions extends ChartSize {
  /** Pixels per SVG unit: 2 to 3 prints sharply in a Word document. */
  scale: number;
}

/**
 * A chart as a PNG image of `width × scale` by `height × scale` pixels, for Word documents. Text is drawn with
 * the system fonts (Arial, else Liberation Sans, else DejaVu Sans); where none is installed the image is still
 * produced, with the shapes and without text, rather than failing the document.
 */
export async function renderChartPng(spec: ChartSpec, options: ChartPngOptions): Promise<Uint8Array> {
  const svg = await renderChartSvg(spec, options);
  return svgToPng(svg, options.scale);
}

/**
 * Rasterises a standalone SVG (a chart, a map) at `scale` pixels per unit, on white. `fonts`: those of this
 * machine by default; null draws no text (a machine without any font), which must not fail a document.
 */
export function svgToPng(svg: string, scale: number, fonts: ChartFonts | null = chartFonts()): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: !fonts
      ? { loadSystemFonts: false }
      : {
          loadSystemFonts: fonts.files === null,
          fontFiles: fonts.files ?? [],
          defaultFontFamily: fonts.family,
          sansSerifFamily: fonts.family,
        },
  });
  return new Uint8Array(resvg.render().asPng());
}

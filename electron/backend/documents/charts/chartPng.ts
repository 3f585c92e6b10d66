import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { AppFailure } from '../../../../shared/result';
import { xmlSafeText } from '../../../../shared/text/controlCharacters';
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
export function renderChartPng(spec: ChartSpec, options: ChartPngOptions): Uint8Array {
  return svgToPng(renderChartSvg(spec, options), options.scale);
}

/**
 * Rasterises a standalone SVG (a chart, a map) at `scale` pixels per unit, on white. `fonts`: those of this
 * machine by default; null draws no text (a machine without any font), which must not fail a document.
 */
export function svgToPng(svg: string, scale: number, fonts: ChartFonts | null = chartFonts()): Uint8Array {
  try {
    return new Uint8Array(new Resvg(xmlSafeText(svg), rasterOptions(scale, fonts)).render().asPng());
  } catch (error) {
    throw rasterFailure(error);
  }
}

/**
 * The same, on libuv's thread pool: the main thread goes on drawing the next chart meanwhile, so a document's
 * images are rasterised side by side on the machine's cores.
 */
export async function svgToPngAsync(
  svg: string,
  scale: number,
  fonts: ChartFonts | null = chartFonts(),
): Promise<Uint8Array> {
  try {
    return new Uint8Array((await renderAsync(xmlSafeText(svg), rasterOptions(scale, fonts))).asPng());
  } catch (error) {
    throw rasterFailure(error);
  }
}

/**
 * The SVG drawn by the engine is cleaned of what XML cannot hold (`xmlSafeText`: maps frozen in a snapshot by
 * an older version); a drawing that still cannot be read ends the document with a
 * French message rather than an English stack.
 */
function rasterFailure(error: unknown): AppFailure {
  const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  return new AppFailure(
    'internal',
    `Une image du document (graphique ou carte) n’a pas pu être dessinée, le document n’a donc pas été produit. Réessayez\u00a0; si cela se reproduit, signalez-le avec ce détail\u00a0: ${detail}`,
  );
}

function rasterOptions(scale: number, fonts: ChartFonts | null): ResvgRenderOptions {
  return {
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
  };
}

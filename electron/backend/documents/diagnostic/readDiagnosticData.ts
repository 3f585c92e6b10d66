import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { diagnosticCharts } from '../../../../shared/diagnostic/diagnosticCharts';
import type { DiagnosticDto } from '../../../../shared/diagnostic/diagnosticDto';
import { mapSvgInput } from '../../../../shared/map/schemas';
import type { BackendContext } from '../../context';
import { currentDiagnostic } from '../../diagnostic/handlers';
import { diagnosticMap } from '../../diagnostic/diagnosticMap';
import { buildMap } from '../../map/buildMap';
import { svgToPngAsync } from '../charts/chartPng';
import { renderChartSvg } from '../charts/renderChartSvg';
import { suggestedHeight } from '../../../../shared/charts/chartLayout';
import { AppFailure } from '../../../../shared/result';
import { readSnapshot } from '../../diagnostic/snapshotRepository';
import { printableChart, type CommunePlaces } from './printableChart';

/**
 * Everything the diagnostic report shows, read and drawn off-screen: today's diagnostic with the settings
 * stored with the territory (the same as the Diagnostic screen's), its charts as PNG, the fragility map and the
 * map of the places as PNG. No window is involved.
 */

/** Chart width in SVG units; ×2 gives about 190 dpi across the 17 cm of text width (×3 costs twice the time). */
export const CHART_WIDTH = 640;
export const IMAGE_SCALE = 2;
/** Maps are 980 units wide: ×1.25 gives about 180 dpi, and thousands of places stay quick to draw. */
export const MAP_SCALE = 1.25;

/** A chart as printed: its description, its PNG (null when a sentence replaces it), and that sentence. */
export interface RenderedChart {
  spec: ChartSpec;
  png: Uint8Array | null;
  /** In place of the chart (png null), or under it; null when the chart says it all. */
  note: string | null;
}

export interface DiagnosticData {
  diagnostic: DiagnosticDto;
  /** Set when the document shows a frozen diagnostic rather than today's. */
  frozen: { title: string; frozenAt: string } | null;
  charts: RenderedChart[];
  /** Choropleth of the fragility indicator, or null without contours or indicator. */
  fragilityMap: Uint8Array | null;
  /** Places of the directory on the communes, or null when there is nothing to draw. */
  placesMap: Uint8Array | null;
}

/**
 * The charts as printed (`printableChart.ts`): drawn, trimmed, or replaced by a sentence. `communes`: those of
 * the diagnostic the charts were drawn from, when they are a diagnostic's.
 */
export async function renderCharts(
  specs: ChartSpec[],
  communes?: readonly CommunePlaces[],
): Promise<RenderedChart[]> {
  const printable = specs.map((spec) => printableChart(spec, communes));
  const pngs: Promise<Settled | null>[] = [];
  // Each drawing (SVG text, written at once) is rasterised on the thread pool while the next one is drawn.
  // Each rasterisation is settled at once into a value: a failure waiting for the loop to end would
  // otherwise be an unhandled rejection, which ends the process.
  for (const { spec } of printable) {
    if (!spec) {
      pngs.push(Promise.resolve(null));
      continue;
    }
    const svg = renderChartSvg(spec, { width: CHART_WIDTH, height: suggestedHeight(spec, CHART_WIDTH) });
    pngs.push(settle(svgToPngAsync(svg, IMAGE_SCALE)));
  }
  const rendered = await Promise.all(pngs);
  return specs.map((original, i) => {
    const settled = rendered[i]!;
    return {
      spec: printable[i]!.spec ?? original,
      png: settled === null ? null : unsettle(settled),
      note: printable[i]!.note,
    };
  });
}

type Settled = { ok: true; png: Uint8Array } | { ok: false; error: unknown };

const settle = (promise: Promise<Uint8Array>): Promise<Settled> =>
  promise.then(
    (png) => ({ ok: true, png }),
    (error: unknown) => ({ ok: false, error }),
  );

function unsettle(settled: Settled): Uint8Array {
  if (settled.ok) return settled.png;
  throw settled.error;
}

/** Today's diagnostic with the stored settings, as the Diagnostic screen shows it. */
export function readDiagnostic(ctx: BackendContext): DiagnosticDto {
  return currentDiagnostic(ctx);
}

/** The choropleth of the fragility indicator as PNG, or null without contours or indicator. */
export async function fragilityMapPng(
  ctx: BackendContext,
  diagnostic: DiagnosticDto,
): Promise<Uint8Array | null> {
  const choropleth = diagnosticMap(ctx, diagnostic, null);
  return choropleth.svg ? svgToPngAsync(choropleth.svg, MAP_SCALE) : null;
}

/**
 * The places of the whole directory on the communes as PNG, or null when there is nothing to draw. Without
 * the communes' contours there is no map for a council: the map screen still shows the places on a blank
 * ground (to see an import at once), but on paper dots with no commune around them orient no one.
 */
export async function placesMapPng(ctx: BackendContext): Promise<Uint8Array | null> {
  const places = await buildMap(ctx, mapSvgInput.parse({}));
  return places.svg && places.hasContours ? svgToPngAsync(places.svg, MAP_SCALE) : null;
}

export async function readDiagnosticData(ctx: BackendContext): Promise<DiagnosticData> {
  const diagnostic = readDiagnostic(ctx);
  // The maps are rasterised on the thread pool while the charts are drawn; all three are awaited together, so
  // that a failing map ends the document with its message instead of an unhandled rejection.
  const [fragilityMap, placesMap, charts] = await Promise.all([
    fragilityMapPng(ctx, diagnostic),
    placesMapPng(ctx),
    renderCharts(diagnosticCharts(diagnostic), diagnostic.communes),
  ]);
  return { diagnostic, frozen: null, charts, fragilityMap, placesMap };
}

/**
 * A frozen diagnostic as it was shown that day: its values, its chart descriptions and its fragility map, all
 * kept in the snapshot. The map of the places is left out: the directory of that day was not frozen.
 */
export async function readFrozenDiagnosticData(
  ctx: BackendContext,
  snapshotId: number,
): Promise<DiagnosticData> {
  const snapshot = readSnapshot(ctx, snapshotId);
  if (!snapshot)
    throw new AppFailure('not_found', 'Ce diagnostic figé n’existe plus\u00a0: il a peut-être été supprimé.');
  const [fragilityMap, charts] = await Promise.all([
    snapshot.mapSvg ? svgToPngAsync(snapshot.mapSvg, MAP_SCALE) : null,
    renderCharts(snapshot.charts, snapshot.diagnostic.communes),
  ]);
  return {
    diagnostic: snapshot.diagnostic,
    frozen: { title: snapshot.title, frozenAt: snapshot.frozenAt },
    charts,
    fragilityMap,
    placesMap: null,
  };
}

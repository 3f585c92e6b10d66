import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { suggestedHeight } from '../../../../shared/charts/chartLayout';
import { MEETING_KINDS } from '../../../../shared/meetings/meetingsVocabulary';
import type { NetworkLifeDto } from '../../../../shared/meetings/networkLifeDto';
import { svgToPngAsync } from '../charts/chartPng';
import { renderChartSvg } from '../charts/renderChartSvg';
import { CHART_WIDTH, IMAGE_SCALE } from '../diagnostic/readDiagnosticData';
import { KIND_COLUMNS, QUARTER_CHART_SOURCE } from './bilanKinds';

/**
 * The bilan's one chart per body: its meetings held per quarter of the year, one bar per quarter, or one bar per
 * kind of meeting in each quarter when the body held several kinds (a plénière and its ateliers). Drawn as the
 * other documents' charts are (`documents/charts`), to a PNG read with the data.
 */

export function quarterChartSpec(life: NetworkLifeDto): ChartSpec {
  const kinds = MEETING_KINDS.filter((kind) => life.perQuarter.some((q) => q.byKind[kind] > 0));
  const base = {
    id: `reunions-par-trimestre-${life.instanceId}`,
    title: `Réunions tenues par trimestre — ${life.instanceName}`,
    sources: [{ label: QUARTER_CHART_SOURCE, year: null }],
    itemLabel: 'Trimestre',
  };
  if (kinds.length > 1)
    return {
      ...base,
      kind: 'groupedBar',
      categories: life.perQuarter.map((q) => q.label),
      series: kinds.map((kind) => ({
        label: KIND_COLUMNS[kind],
        values: life.perQuarter.map((q) => q.byKind[kind]),
      })),
      format: 'integer',
    };
  return {
    ...base,
    kind: 'bar',
    items: life.perQuarter.map((q) => ({ label: q.label, value: q.total })),
    valueLabel: 'Réunions tenues',
    format: 'integer',
  };
}

/** The chart as a PNG; null when fewer than two quarters hold a meeting (one bar to draw: the sentence says it). */
export async function quarterChartPng(life: NetworkLifeDto): Promise<Uint8Array | null> {
  if (life.perQuarter.filter((quarter) => quarter.total > 0).length < 2) return null;
  const spec = quarterChartSpec(life);
  return svgToPngAsync(
    renderChartSvg(spec, { width: CHART_WIDTH, height: suggestedHeight(spec, CHART_WIDTH) }),
    IMAGE_SCALE,
  );
}

/** @jsxRuntime automatic */
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { isEmptyChart } from '../../../shared/charts/chartTable';
import { EmptyChart } from './EmptyChart';
import { GroupedBars } from './GroupedBars';
import { PieParts } from './PieParts';
import { RankedBars } from './RankedBars';
import { ScatterPlot } from './ScatterPlot';

export { suggestedHeight, CHART_FONT_FAMILY } from '../../../shared/charts/chartLayout';

export interface ChartProps {
  spec: ChartSpec;
  width: number;
  height: number;
}

/**
 * A chart drawn at a fixed size on screen, with no animation. The Word documents draw the same spec as SVG text
 * in the engine (`electron/backend/documents/charts/renderChartSvg`), from the same layout in `shared/charts/`
 * (frames, value axes, legends, pie and scatter layouts, palette); `test/unit/chartParity.test.ts`
 * checks that both show the same texts at the same places. The title and the sources are not drawn: the
 * screen and the documents write them as text around the chart.
 *
 * The `.tsx` files of this folder open with a pragma that asks for the automatic JSX runtime: tsx, which runs
 * scripts and benches, reads the root tsconfig.json, which names none. (Writing the pragma's name again in a
 * comment would override it.)
 */
export function Chart({ spec, width, height }: ChartProps) {
  if (isEmptyChart(spec)) return <EmptyChart spec={spec} width={width} height={height} />;
  switch (spec.kind) {
    case 'bar':
      return <RankedBars spec={spec} width={width} height={height} />;
    case 'scatter':
      return <ScatterPlot spec={spec} width={width} height={height} />;
    case 'pie':
      return <PieParts spec={spec} width={width} height={height} />;
    case 'groupedBar':
      return <GroupedBars spec={spec} width={width} height={height} />;
  }
}

import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { ChartFigure } from '../../charts/ChartFigure';

/** The diagnostic's charts, two per row when the window is wide enough; each with its sources and numbers. */
export function ChartGrid({ charts }: { charts: readonly ChartSpec[] }) {
  return (
    <div className="diagnostic-charts">
      {charts.map((spec) => (
        <ChartFigure key={spec.id} spec={spec} />
      ))}
    </div>
  );
}

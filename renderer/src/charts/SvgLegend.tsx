/** @jsxRuntime automatic */
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import {
  LEGEND_SWATCH,
  LEGEND_TEXT_X,
  placeLegend,
  type LegendEntry,
} from '../../../shared/charts/legendLayout';
import { palette } from '../../../shared/charts/palette';

interface SvgLegendProps {
  entries: LegendEntry[];
  x: number;
  y: number;
  /** Width available; entries wrap to a new row when they do not fit. */
  width: number;
  /** One entry per row (beside a pie) rather than side by side (above bars). */
  vertical?: boolean;
}

/** A legend drawn inside the SVG, placed by `shared/charts/legendLayout` as the documents' legends are. */
export function SvgLegend({ entries, x, y, width, vertical = false }: SvgLegendProps) {
  const placed = placeLegend(entries, width, vertical);
  return (
    <g className="chart-legend" transform={`translate(${x}, ${y})`}>
      {placed.map(({ entry, text, x: ex, y: ey }, index) => (
        <g key={index} transform={`translate(${ex}, ${ey})`}>
          <rect width={LEGEND_SWATCH} height={LEGEND_SWATCH} rx={2} fill={entry.colour} />
          <text
            x={LEGEND_TEXT_X}
            y={LEGEND_SWATCH / 2}
            dy="0.35em"
            fontSize={CHART_FONT_SIZE}
            fill={palette.ink}
          >
            {text !== entry.label ? <title>{entry.label}</title> : null}
            {text}
          </text>
        </g>
      ))}
    </g>
  );
}

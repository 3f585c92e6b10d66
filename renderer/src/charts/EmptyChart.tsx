/** @jsxRuntime automatic */
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { emptyChartLines } from '../../../shared/charts/emptyChartLayout';
import { palette } from '../../../shared/charts/palette';

/**
 * A chart with nothing to draw still takes its place and says so, rather than showing empty axes: « Aucune
 * donnée », or « Non renseigné », why and what to do when its numbers are not known (`spec.unknown`).
 */
export function EmptyChart({ spec, width, height }: { spec: ChartSpec; width: number; height: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="recharts-surface chart-empty"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
    >
      <title>{spec.title}</title>
      <rect
        x={1}
        y={1}
        width={Math.max(0, width - 2)}
        height={Math.max(0, height - 2)}
        rx={6}
        fill={palette.background}
        stroke={palette.grid}
        strokeDasharray="4 4"
      />
      {emptyChartLines(spec, width, height).map((line) => (
        <text
          key={line.text}
          x={line.x}
          y={line.y}
          textAnchor="middle"
          fontSize={line.fontSize}
          fontWeight={line.bold ? 'bold' : undefined}
          fill={palette.inkSoft}
        >
          {line.text}
        </text>
      ))}
    </svg>
  );
}

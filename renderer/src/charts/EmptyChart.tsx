/** @jsxRuntime automatic */
import { CHART_FONT_SIZE } from '../../../shared/charts/chartLayout';
import { palette } from '../../../shared/charts/palette';

/** A chart with nothing to draw still takes its place and says so, rather than showing empty axes. */
export function EmptyChart({ title, width, height }: { title: string; width: number; height: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="recharts-surface chart-empty"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
    >
      <title>{title}</title>
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
      <text
        x={width / 2}
        y={height / 2 - 8}
        textAnchor="middle"
        fontSize={CHART_FONT_SIZE + 2}
        fontWeight="bold"
        fill={palette.inkSoft}
      >
        Aucune donnée
      </text>
      <text
        x={width / 2}
        y={height / 2 + 14}
        textAnchor="middle"
        fontSize={CHART_FONT_SIZE}
        fill={palette.inkSoft}
      >
        Rien à représenter pour l’instant.
      </text>
    </svg>
  );
}

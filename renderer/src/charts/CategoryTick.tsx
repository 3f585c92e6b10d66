/** @jsxRuntime automatic */
import { CHART_FONT_SIZE, fitText } from '../../../shared/charts/chartLayout';
import { palette } from '../../../shared/charts/palette';

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Width the name may take, left of the axis. */
  maxWidth: number;
  /** Names drawn in bold (highlighted items). */
  strong?: ReadonlySet<string>;
}

/** A category name left of a horizontal bar, cut with « … » when too long; the full name is its title. */
export function CategoryTick({ x = 0, y = 0, payload, maxWidth, strong }: CategoryTickProps) {
  const name = String(payload?.value ?? '');
  const shown = fitText(name, maxWidth - 8);
  return (
    <text
      x={Number(x) - 6}
      y={Number(y)}
      dy="0.35em"
      textAnchor="end"
      fontSize={CHART_FONT_SIZE}
      fill={palette.ink}
      fontWeight={strong?.has(name) ? 'bold' : undefined}
    >
      {shown !== name ? <title>{name}</title> : null}
      {shown}
    </text>
  );
}

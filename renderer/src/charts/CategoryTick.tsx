/** @jsxRuntime automatic */
import {
  CATEGORY_NAME_PADDING,
  CHART_FONT_SIZE,
  categoryLines,
  categoryLineShifts,
} from '../../../shared/charts/chartLayout';
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

/**
 * A category name left of a horizontal bar: on one line, or on two when it is too long (`categoryLines`), cut
 * with « … » only when two lines are not enough; the full name of a cut one is its title.
 */
export function CategoryTick({ x = 0, y = 0, payload, maxWidth, strong }: CategoryTickProps) {
  const name = String(payload?.value ?? '');
  const lines = categoryLines(name, maxWidth - CATEGORY_NAME_PADDING);
  const left = Number(x) - 6;
  const cut = lines.join(' ') !== name;
  return (
    <text
      x={left}
      y={Number(y)}
      dy={lines.length === 1 ? '0.35em' : undefined}
      textAnchor="end"
      fontSize={CHART_FONT_SIZE}
      fill={palette.ink}
      fontWeight={strong?.has(name) ? 'bold' : undefined}
    >
      {cut ? <title>{name}</title> : null}
      {lines.length === 1
        ? lines[0]
        : categoryLineShifts(lines.length).map((dy, i) => (
            <tspan key={i} x={left} dy={dy}>
              {lines[i]}
            </tspan>
          ))}
    </text>
  );
}

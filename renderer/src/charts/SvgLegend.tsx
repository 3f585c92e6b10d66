/** @jsxRuntime automatic */
import { CHART_FONT_SIZE, fitText } from '../../../shared/charts/chartLayout';
import { palette } from './palette';

/** One swatch and its name, for legends drawn inside the SVG (so that they survive the off-screen rendering). */
export interface LegendEntry {
  label: string;
  colour: string;
}

interface SvgLegendProps {
  entries: LegendEntry[];
  x: number;
  y: number;
  /** Width available; entries wrap to a new row when they do not fit. */
  width: number;
  /** One entry per row (beside a pie) rather than side by side (above bars). */
  vertical?: boolean;
}

interface PlacedEntry {
  entry: LegendEntry;
  text: string;
  x: number;
  y: number;
}

const LEGEND_ROW = CHART_FONT_SIZE + 10;

function advanceOf(text: string): number {
  return 22 + text.length * CHART_FONT_SIZE * 0.56 + 16;
}

/** Where each legend entry goes: in a column, or side by side wrapping to new rows. */
function placeLegend(entries: LegendEntry[], width: number, vertical: boolean): PlacedEntry[] {
  const placed: PlacedEntry[] = [];
  let x = 0;
  let y = 0;
  for (const entry of entries) {
    const text = fitText(entry.label, width - 22);
    if (!vertical && x > 0 && x + advanceOf(text) > width) {
      x = 0;
      y += LEGEND_ROW;
    }
    placed.push({ entry, text, x, y });
    if (vertical) y += LEGEND_ROW;
    else x += advanceOf(text);
  }
  return placed;
}

export function SvgLegend({ entries, x, y, width, vertical = false }: SvgLegendProps) {
  const placed = placeLegend(entries, width, vertical);
  return (
    <g className="chart-legend" transform={`translate(${x}, ${y})`}>
      {placed.map(({ entry, text, x: ex, y: ey }, index) => (
        <g key={index} transform={`translate(${ex}, ${ey})`}>
          <rect width={12} height={12} rx={2} fill={entry.colour} />
          <text x={18} y={6} dy="0.35em" fontSize={CHART_FONT_SIZE} fill={palette.ink}>
            {text !== entry.label ? <title>{entry.label}</title> : null}
            {text}
          </text>
        </g>
      ))}
    </g>
  );
}

/** How many rows a horizontal legend takes in `width` pixels. */
export function legendRows(labels: string[], width: number): number {
  const placed = placeLegend(
    labels.map((label) => ({ label, colour: '' })),
    width,
    false,
  );
  return placed.length === 0 ? 1 : placed[placed.length - 1]!.y / LEGEND_ROW + 1;
}

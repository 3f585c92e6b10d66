import { CHART_FONT_SIZE, fitText } from './chartLayout';

/** One swatch and its name, for legends drawn inside the chart (so that they are part of the picture). */
export interface LegendEntry {
  label: string;
  colour: string;
}

/** An entry where it goes, relative to the legend's corner, with its name as it fits. */
export interface PlacedLegendEntry {
  entry: LegendEntry;
  text: string;
  x: number;
  y: number;
}

export const LEGEND_ROW = CHART_FONT_SIZE + 10;
/** The swatch's side, and where its name starts. */
export const LEGEND_SWATCH = 12;
export const LEGEND_TEXT_X = 18;

function advanceOf(text: string): number {
  return 22 + text.length * CHART_FONT_SIZE * 0.56 + 16;
}

/** Where each legend entry goes: in a column (beside a pie), or side by side wrapping to new rows (above bars). */
export function placeLegend(entries: LegendEntry[], width: number, vertical: boolean): PlacedLegendEntry[] {
  const placed: PlacedLegendEntry[] = [];
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

/** How many rows a horizontal legend takes in `width` pixels. */
export function legendRows(labels: string[], width: number): number {
  const placed = placeLegend(
    labels.map((label) => ({ label, colour: '' })),
    width,
    false,
  );
  return placed.length === 0 ? 1 : placed[placed.length - 1]!.y / LEGEND_ROW + 1;
}

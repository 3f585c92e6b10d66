import { CHART_FONT_SIZE } from '../../../../shared/charts/chartLayout';
import {
  LEGEND_SWATCH,
  LEGEND_TEXT_X,
  placeLegend,
  type LegendEntry,
} from '../../../../shared/charts/legendLayout';
import { palette } from '../../../../shared/charts/palette';
import { element, textElement } from './svgElement';

/** A legend inside the chart, placed as on screen (`shared/charts/legendLayout`): a swatch and a name per entry. */
export function legendSvg(
  entries: LegendEntry[],
  box: { x: number; y: number; width: number },
  vertical: boolean,
): string {
  const placed = placeLegend(entries, box.width, vertical);
  return element(
    'g',
    { transform: `translate(${box.x}, ${box.y})` },
    ...placed.map(({ entry, text, x, y }) =>
      element(
        'g',
        { transform: `translate(${x}, ${y})` },
        element('rect', { width: LEGEND_SWATCH, height: LEGEND_SWATCH, rx: 2, fill: entry.colour }),
        textElement(
          {
            x: LEGEND_TEXT_X,
            y: LEGEND_SWATCH / 2,
            dy: '0.35em',
            'font-size': CHART_FONT_SIZE,
            fill: palette.ink,
          },
          text,
          entry.label,
        ),
      ),
    ),
  );
}

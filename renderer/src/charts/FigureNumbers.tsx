/** @jsxRuntime automatic */
import { useId, useState } from 'react';
import type { ChartTable } from '../../../shared/charts/chartSpec';
import { ChartTableView } from './ChartTableView';

interface FigureNumbersProps {
  /** « Source : … (année) », one line each. */
  sources: readonly string[];
  /** The figure's numbers, built only when the user asks for them. */
  table: () => ChartTable;
  /** The table's accessible name (the figure's title). */
  caption: string;
  /** False when the figure has nothing to show: no « Voir les chiffres ». */
  withNumbers?: boolean;
}

/**
 * The foot of a figure on screen: its sources, and « Voir les chiffres », the same numbers as an accessible
 * table shown under the drawing (for a chart as for the attendance grid).
 */
export function FigureNumbers({ sources, table, caption, withNumbers = true }: FigureNumbersProps) {
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <>
      <figcaption className="chart-figure-caption">
        <div>
          {sources.map((line) => (
            <p key={line} className="chart-figure-source">
              {line}
            </p>
          ))}
        </div>
        {withNumbers ? (
          <button
            type="button"
            className="btn btn-ghost chart-figure-toggle"
            aria-expanded={shown}
            aria-controls={tableId}
            onClick={() => setShown((wasShown) => !wasShown)}
          >
            {shown ? 'Masquer les chiffres' : 'Voir les chiffres'}
          </button>
        ) : null}
      </figcaption>
      <div id={tableId} hidden={!shown} className="chart-figure-table">
        {shown ? <ChartTableView table={table()} caption={caption} /> : null}
      </div>
    </>
  );
}

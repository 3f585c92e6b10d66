/** @jsxRuntime automatic */
import { useId, useState } from 'react';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { sourceLines, tableOf } from '../../../shared/charts/chartTable';
import { Chart, suggestedHeight } from './Chart';
import { useContainerWidth } from './useContainerWidth';
import './chartFigure.css';

interface ChartFigureProps {
  spec: ChartSpec;
  /** Height of the drawing; by default one that suits the chart (bar charts grow with their items). */
  height?: number;
  /** Heading level of the title within the page. */
  headingLevel?: 2 | 3 | 4;
}

/** Narrowest drawing: below it, the chart scrolls sideways rather than squeezing the commune names. */
const MIN_WIDTH = 360;

/**
 * A chart on screen: its title, the drawing at the width of its column, « Source : … (année) » for every source,
 * and « Voir les chiffres », the same numbers as an accessible table.
 */
export function ChartFigure({ spec, height, headingLevel = 3 }: ChartFigureProps) {
  const [measure, width] = useContainerWidth(640);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const titleId = useId();
  const table = tableOf(spec);
  const sources = sourceLines(spec);
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-figure-title">
        {spec.title}
      </Heading>
      {spec.subtitle ? <p className="chart-figure-subtitle">{spec.subtitle}</p> : null}
      <div className="chart-figure-drawing" ref={measure}>
        <Chart spec={spec} width={Math.max(MIN_WIDTH, width)} height={height ?? suggestedHeight(spec)} />
      </div>
      <figcaption className="chart-figure-caption">
        <div>
          {sources.map((line) => (
            <p key={line} className="chart-figure-source">
              {line}
            </p>
          ))}
        </div>
        <button
          type="button"
          className="btn btn-ghost chart-figure-toggle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Masquer les chiffres' : 'Voir les chiffres'}
        </button>
      </figcaption>
      <div id={tableId} hidden={!showTable} className="chart-figure-table">
        {showTable ? (
          table.rows.length === 0 ? (
            <p className="chart-figure-empty">Aucun chiffre à afficher pour ce graphique.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{spec.title}</caption>
              <thead>
                <tr>
                  {table.columns.map((column, index) => (
                    <th key={index} scope="col" className={index > 0 ? 'numeric' : undefined}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) =>
                      c === 0 ? (
                        <th key={c} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={c} className="numeric">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : null}
      </div>
    </figure>
  );
}

/** @jsxRuntime automatic */
import { useId } from 'react';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { sourceLines, tableOf } from '../../../shared/charts/chartTable';
import { Chart, suggestedHeight } from './Chart';
import { FigureNumbers } from './FigureNumbers';
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
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const drawn = Math.max(MIN_WIDTH, width);
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-figure-title">
        {spec.title}
      </Heading>
      {spec.subtitle ? <p className="chart-figure-subtitle">{spec.subtitle}</p> : null}
      <div className="chart-figure-drawing" ref={measure}>
        <Chart spec={spec} width={drawn} height={height ?? suggestedHeight(spec, drawn)} />
      </div>
      <FigureNumbers
        sources={sourceLines(spec)}
        table={() => tableOf(spec)}
        caption={spec.title}
        withNumbers={!spec.unknown}
      />
    </figure>
  );
}

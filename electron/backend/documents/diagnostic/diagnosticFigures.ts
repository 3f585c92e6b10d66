import { Paragraph, TextRun, type FileChild } from 'docx';
import { STYLE } from '../documentStyles';
import { figure } from '../figures';
import { frenchTypography } from '../frenchTypography';
import { body } from '../paragraphs';
import type { DiagnosticData, RenderedChart } from './readDiagnosticData';

/**
 * The diagnostic's charts as the Word document shows them: the reading line kept with its picture, the caption
 * and the sources under it, or the sentence that replaces a chart that cannot be drawn.
 */

export const CHART_MAX_HEIGHT = 820;

export const sourceText = (source: { label: string; year: number | null }) =>
  source.year === null ? source.label : `${source.label}, ${source.year}`;

/** The chart with its reading line, caption and source; or the sentence that replaces it. */
function chartFigure(chart: RenderedChart): FileChild[] {
  if (!chart.png) return chart.note ? [body(chart.note)] : [];
  const blocks: FileChild[] = [];
  if (chart.spec.subtitle) blocks.push(keptWithNext(chart.spec.subtitle));
  blocks.push(
    ...figure({
      png: chart.png,
      caption: chart.spec.title,
      source: chart.spec.sources.map(sourceText).join('\u00a0; ') || null,
      description: chart.spec.subtitle ?? chart.spec.title,
      maxHeight: CHART_MAX_HEIGHT,
    }),
  );
  if (chart.note) blocks.push(body(chart.note));
  return blocks;
}

/** A sentence that introduces the picture under it, on the same page. */
function keptWithNext(text: string): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    keepNext: true,
    children: [new TextRun(frenchTypography(text))],
  });
}

export function chartsOf(data: DiagnosticData, ids: string[]): FileChild[] {
  return ids.flatMap((id) => {
    const chart = data.charts.find((c) => c.spec.id === id);
    return chart ? chartFigure(chart) : [];
  });
}

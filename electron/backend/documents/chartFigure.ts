import type { FileChild } from 'docx';
import { figure } from './figures';
import { body } from './paragraphs';
import type { RenderedChart } from './diagnostic/readDiagnosticData';

/** « INSEE, population municipale, 2023 »: a source and its year, as every document cites it. */
export const sourceText = (source: { label: string; year: number | null }) =>
  source.year === null ? source.label : `${source.label}, ${source.year}`;

/**
 * A rendered chart in a Word document: its reading line kept on the page of the picture, the caption and sources
 * under it, then its note; or, when it could not be drawn, the sentence that replaces it (`emptySentence`, else
 * the chart's note).
 */
export function chartFigure(
  chart: RenderedChart,
  options: { maxHeight: number; emptySentence?: string | null },
): FileChild[] {
  if (!chart.png) {
    const sentence = options.emptySentence ?? chart.note;
    return sentence ? [body(sentence)] : [];
  }
  return [
    ...(chart.spec.subtitle ? [body(chart.spec.subtitle, { keepNext: true })] : []),
    ...figure({
      png: chart.png,
      caption: chart.spec.title,
      source: chart.spec.sources.map(sourceText).join('\u00a0; ') || null,
      description: chart.spec.subtitle ?? chart.spec.title,
      maxHeight: options.maxHeight,
    }),
    ...(chart.note ? [body(chart.note)] : []),
  ];
}

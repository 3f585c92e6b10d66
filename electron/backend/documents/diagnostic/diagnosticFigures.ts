import type { FileChild } from 'docx';
import { chartFigure } from '../chartFigure';
import type { DiagnosticData } from './readDiagnosticData';

/** The diagnostic's charts are drawn up to this height in the Word document (a page's worth with its caption). */
export const CHART_MAX_HEIGHT = 820;

/** The diagnostic's charts of these ids, in this order, each as the Word document shows it (`chartFigure`). */
export function chartsOf(data: DiagnosticData, ids: string[]): FileChild[] {
  return ids.flatMap((id) => {
    const chart = data.charts.find((c) => c.spec.id === id);
    return chart ? chartFigure(chart, { maxHeight: CHART_MAX_HEIGHT }) : [];
  });
}

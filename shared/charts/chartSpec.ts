/**
 * A chart described as plain data, so that the same description is drawn on screen (Recharts in the window,
 * `renderer/src/charts/`) and by the engine as SVG text, then PNG, for the Word documents
 * (`electron/backend/documents/charts/`). Builders of specs live with their domain (e.g. `shared/diagnostic/`);
 * what both drawings share (frames, ticks, legends, colours) lives in this folder.
 */

/** How values are written: « 12 345 », « 12,5 », « 42 % », « 3,4 km ». */
export type ValueFormat = 'integer' | 'decimal' | 'percent' | 'km';

/** Where the numbers come from, written under the chart: « Source : INSEE, population municipale 2022 ». */
export interface ChartSource {
  label: string;
  /** Year of the data, when it has one. */
  year: number | null;
}

interface ChartBase {
  /** Stable identifier within its page or document (e.g. 'offre-par-commune'). */
  id: string;
  title: string;
  /** One sentence that says how to read the chart; optional. */
  subtitle?: string;
  sources: ChartSource[];
  /**
   * Heading of the first column of the chart's table (« Commune », « Service »); « Libellé » by default
   * (« Catégorie » for grouped bars, « Part » for pies).
   */
  itemLabel?: string;
  /**
   * Set when the chart's numbers are not known (nothing entered yet), as opposed to known to be zero: the chart
   * then draws nothing but « Non renseigné », why, and what would fill it.
   */
  unknown?: UnknownChartData;
  /**
   * What a chart with nothing to draw says when its numbers are known and none is concerned (« Aucune commune
   * concernée »), instead of the generic « Aucune donnée ».
   */
  none?: { headline: string; detail: string };
}

/** Why a chart's numbers are not known, and what would make them known. */
export interface UnknownChartData {
  /** In a reader's words, drawn and written in the documents: « aucun lieu dans l’annuaire ». */
  reason: string;
  /** What the user can do, drawn on screen only (a document never instructs its reader). */
  remedy: string;
}

/** Horizontal bars, one per item, in the given order (ranked lists of communes, services…). */
export interface BarChartSpec extends ChartBase {
  kind: 'bar';
  items: { label: string; value: number | null; highlight?: boolean }[];
  valueLabel: string;
  format: ValueFormat;
  /** The top of the values' own scale (a score out of 10): the axis ends there, not at a rounder 12. */
  scaleMax?: number;
}

/** Points on two axes (fragility × offer), each labelled; highlighted points stand out. */
export interface ScatterChartSpec extends ChartBase {
  kind: 'scatter';
  points: { label: string; x: number; y: number; highlight?: boolean }[];
  xLabel: string;
  yLabel: string;
  xFormat: ValueFormat;
  yFormat: ValueFormat;
}

/** Parts of a whole (share of the population living in a commune with no place…). */
export interface PieChartSpec extends ChartBase {
  kind: 'pie';
  slices: { label: string; value: number }[];
  format: ValueFormat;
  /** Heading of the values in the chart's table (« Accompagnements »); « Valeur » by default. */
  valueLabel?: string;
}

/** Several series over the same categories (two snapshots compared, before / after). */
export interface GroupedBarChartSpec extends ChartBase {
  kind: 'groupedBar';
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  format: ValueFormat;
}

export type ChartSpec = BarChartSpec | ScatterChartSpec | PieChartSpec | GroupedBarChartSpec;

/** The numbers of a chart as a table (the « Voir les chiffres » view, and the table next to a chart in Word). */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

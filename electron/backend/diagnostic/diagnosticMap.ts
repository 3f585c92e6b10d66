import type { DiagnosticMapDto } from '../../../shared/diagnostic/diagnosticApi';
import type { DiagnosticDto, DiagnosticIndicatorDto } from '../../../shared/diagnostic/diagnosticDto';
import { sourceText } from '../../../shared/diagnostic/diagnosticFigures';
import { formatDate } from '../../../shared/format/french';
import type { DataStore } from '../db/dataStore';
import { readContours } from '../map/contourRepository';
import { buildChoroplethSvg } from './choroplethMap';
import { fragilityIndicator, indicatorsOf, indicatorValuesByCommune } from './indicatorColumns';
import type { DiagnosticInputs } from './diagnosticInputRepository';

/** What a choropleth needs: the communes with their indicator values, and which indicator to draw by default. */
export interface ChoroplethData {
  territoryName: string;
  today: string;
  indicators: DiagnosticIndicatorDto[];
  defaultIndicatorId: string | null;
  communes: { code: string; name: string; values: Map<string, number | null> }[];
}

/** From a computed diagnostic (when freezing it: the map of its fragility indicator). */
export function choroplethOfDiagnostic(dto: DiagnosticDto): ChoroplethData {
  return {
    territoryName: dto.territory.name,
    today: dto.today,
    indicators: dto.indicators,
    defaultIndicatorId: dto.fragility?.indicatorId ?? null,
    communes: dto.communes.map((c) => ({
      code: c.code,
      name: c.name,
      values: new Map(c.indicators.map((v) => [v.indicatorId, v.value])),
    })),
  };
}

/** Straight from what was read, without computing the whole diagnostic (the dashboard asks for the map apart). */
export function choroplethOfInputs(inputs: DiagnosticInputs, today: string): ChoroplethData {
  const indicators = indicatorsOf(inputs.indicators, inputs.values);
  const values = indicatorValuesByCommune(indicators, inputs.values);
  return {
    territoryName: inputs.territory?.displayName ?? '',
    today,
    indicators,
    defaultIndicatorId: fragilityIndicator(indicators, inputs.indicators, null)?.id ?? null,
    communes: inputs.communes.map((c) => ({
      code: c.code,
      name: c.name,
      values: new Map((values.get(c.code) ?? []).map((v) => [v.indicatorId, v.value])),
    })),
  };
}

/** The choropleth of one indicator of a diagnostic (its fragility indicator by default). */
export function diagnosticMap(
  store: Pick<DataStore, 'sqlite'>,
  dto: DiagnosticDto,
  indicatorId: string | null,
): DiagnosticMapDto {
  return choroplethMap(store, choroplethOfDiagnostic(dto), indicatorId);
}

/** The choropleth of one indicator (the default one when none or an unknown one is asked), over the stored contours. */
export function choroplethMap(
  store: Pick<DataStore, 'sqlite'>,
  data: ChoroplethData,
  indicatorId: string | null,
): DiagnosticMapDto {
  const contours = readContours(store);
  const indicator =
    data.indicators.find((i) => i.id === indicatorId) ??
    data.indicators.find((i) => i.id === data.defaultIndicatorId) ??
    data.indicators[0] ??
    null;
  if (contours.size === 0 || !indicator)
    return { hasContours: contours.size > 0, indicatorId: indicator?.id ?? null, svg: null };
  const svg = buildChoroplethSvg({
    title: `${indicator.label} — ${data.territoryName}`,
    legendTitle: indicator.isScore
      ? 'Score (1 faible, 10 fort)'
      : indicator.unit
        ? `Valeur (${indicator.unit})`
        : 'Valeur',
    caption: [
      `Source\u00a0: ${sourceText(indicator.source)}.`,
      `Contours officiels des communes\u00a0; carte établie par Maillage le ${formatDate(data.today)}.`,
    ],
    communes: data.communes.flatMap((commune) => {
      const polygons = contours.get(commune.code);
      return polygons
        ? [
            {
              code: commune.code,
              name: commune.name,
              polygons,
              value: commune.values.get(indicator.id) ?? null,
            },
          ]
        : [];
    }),
  });
  return { hasContours: true, indicatorId: indicator.id, svg };
}

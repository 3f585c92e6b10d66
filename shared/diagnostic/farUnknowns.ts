import { countLabel } from '../format/french';
import type { FragileAndFarDto } from './diagnosticDto';

/**
 * What leaves the count of « fragiles et loin » a lower bound, in words: « distance inconnue pour 2 communes
 * fragiles (sans contour) », « fragilité inconnue pour 27 communes »; none when the count is whole. The key
 * figure, the chart and the Word diagnostic say the same (`headlineFigures.ts`, `diagnosticCharts.ts`).
 */
export function farUnknowns(far: Pick<FragileAndFarDto, 'unknownDistance' | 'unknownFragility'>): string[] {
  const unknownFragility = far.unknownFragility ?? 0;
  return [
    ...(far.unknownDistance.length > 0
      ? [
          `distance inconnue pour ${countLabel(far.unknownDistance.length, 'commune fragile', 'communes fragiles')} (sans contour)`,
        ]
      : []),
    ...(unknownFragility > 0 ? [`fragilité inconnue pour ${countLabel(unknownFragility, 'commune')}`] : []),
  ];
}

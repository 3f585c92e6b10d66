import { countLabel, formatInteger } from '../format/french';
import type { ContourLeftOutReason, ContourUseDto } from './dto';

/** What the map made of a contours file, in one French sentence, for the import's report and the map screen. */

const REASONS: Record<ContourLeftOutReason, string> = {
  outside: 'hors du territoire',
  unknownCode: 'sous un code de commune inconnu',
  noCode: 'sans code de commune',
  noPolygon: 'sans polygone',
};

/**
 * « 40 contours utilisés (dont 5 anciennes communes rattachées à leur commune nouvelle), 234 laissés de
 * côté (230 hors du territoire, 4 sans code de commune). »
 */
export function contourUseText(use: ContourUseDto): string {
  let text = countLabel(use.usedCount, 'contour utilisé', 'contours utilisés');
  if (use.mergedOldCodes > 0)
    text +=
      use.mergedOldCodes > 1
        ? ` (dont ${formatInteger(use.mergedOldCodes)}\u00a0anciennes communes rattachées à leur commune nouvelle)`
        : ' (dont 1\u00a0ancienne commune rattachée à sa commune nouvelle)';
  const leftOut = use.leftOut.reduce((sum, part) => sum + part.count, 0);
  if (leftOut === 0) return `${text}, aucun laissé de côté.`;
  const reasons = use.leftOut.map((part) => `${formatInteger(part.count)}\u00a0${REASONS[part.reason]}`);
  return `${text}, ${formatInteger(leftOut)}\u00a0laissé${leftOut > 1 ? 's' : ''} de côté (${reasons.join(', ')}).`;
}

import { describe, expect, it } from 'vitest';
import { importReportText, summaryText, svgFileName } from '../../../renderer/src/features/map/mapModel';

describe('the map screen in French', () => {
  it('sums the map up', () => {
    expect(
      summaryText({
        placeCount: 38,
        communesWithPlaces: 21,
        communesWithoutPlaces: 14,
        approximateCount: 0,
        unplacedCount: 0,
        misplacedCount: 0,
      }),
    ).toBe('38\u00a0lieux sur 21\u00a0communes\u00a0; 14\u00a0communes sans lieu fixe.');
    expect(
      summaryText({
        placeCount: 1,
        communesWithPlaces: 1,
        communesWithoutPlaces: 1,
        approximateCount: 1,
        unplacedCount: 2,
        misplacedCount: 0,
      }),
    ).toBe(
      '1\u00a0lieu sur 1\u00a0commune\u00a0; 1\u00a0commune sans lieu fixe. 1\u00a0lieu placé au centre de sa commune faute d’adresse géolocalisée. 2\u00a0lieux sans coordonnées, absents de la carte.',
    );
    expect(
      summaryText({
        placeCount: 21,
        communesWithPlaces: 9,
        communesWithoutPlaces: 26,
        approximateCount: 0,
        unplacedCount: 1,
        misplacedCount: 0,
      }),
    ).toBe(
      '21\u00a0lieux sur 9\u00a0communes\u00a0; 26\u00a0communes sans lieu fixe. 1\u00a0lieu sans coordonnées, absent de la carte.',
    );
    expect(
      summaryText({
        placeCount: 22,
        communesWithPlaces: 9,
        communesWithoutPlaces: 26,
        approximateCount: 3,
        unplacedCount: 0,
        misplacedCount: 0,
      }),
    ).toBe(
      '22\u00a0lieux sur 9\u00a0communes\u00a0; 26\u00a0communes sans lieu fixe. 3\u00a0lieux placés au centre de leur commune faute d’adresse géolocalisée.',
    );
    expect(
      summaryText({
        placeCount: 3,
        communesWithPlaces: 2,
        communesWithoutPlaces: 0,
        approximateCount: 0,
        unplacedCount: 0,
        misplacedCount: 2,
      }),
    ).toBe(
      '3\u00a0lieux sur 2\u00a0communes\u00a0; 0\u00a0commune sans lieu fixe. 2\u00a0lieux aux coordonnées invraisemblables pour leur commune, non dessinés à ces coordonnées\u00a0: vérifiez leur adresse.',
    );
  });

  it('reports an import: matches, contours used and left out by reason, communes without contour', () => {
    expect(
      importReportText({
        use: {
          usedCount: 38,
          mergedOldCodes: 5,
          leftOut: [
            { reason: 'outside', count: 1234 },
            { reason: 'noCode', count: 2 },
          ],
          importedAt: '2026-04-05T10:00:00.000Z',
        },
        matchedCount: 33,
        missingCommunes: [
          { code: '86061', name: 'Charroux' },
          { code: '86078', name: 'Civray' },
        ],
        outsideCount: 234,
        mergedOldCodes: 5,
        featureCount: 274,
      }),
    ).toBe(
      'Contours importés pour 33\u00a0communes du territoire\u00a0: 38\u00a0contours utilisés (dont 5\u00a0anciennes communes rattachées à leur commune nouvelle), 1\u202f236\u00a0laissés de côté (1\u202f234\u00a0hors du territoire, 2\u00a0sans code de commune). Sans contour dans ce fichier\u00a0: Charroux, Civray.',
    );
  });

  it('names the downloaded file after the territory and the day', () => {
    expect(svgFileName('CC du Civraisien en Poitou', '2026-04-05')).toBe(
      'carte-cc-du-civraisien-en-poitou-2026-04-05.svg',
    );
  });
});

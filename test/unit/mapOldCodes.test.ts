import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContours } from '../../electron/backend/map/geojson';
import { matchContours } from '../../electron/backend/map/matchContours';
import { currentCodeOf } from '../../electron/backend/map/oldCodes';
import { getEpciDetail } from '../../electron/backend/territory/referenceData';

/** The Vienne contours of 2018 (the team's fixture) drawn on today's communes of the CC du Haut-Poitou. */

const FIXTURE = new URL('../fixtures/geo/communes-86-vienne-2018.geojson', import.meta.url);
const contours = () => parseContours(readFileSync(FIXTURE, 'utf8'));

describe('contours under a code that is now an ancien code of a commune nouvelle', () => {
  it('resolves the old codes that left no commune déléguée', () => {
    // Benassay, La Chapelle-Montreuil and Montreuil-Bonnin merged into Boivre-la-Vallée (86123) in 2019.
    expect(['86021', '86056', '86166'].map(currentCodeOf)).toEqual(['86123', '86123', '86123']);
    expect(currentCodeOf('86123')).toBe('86123');
    expect(currentCodeOf('99999')).toBe('99999');
  });

  it('draws the commune nouvelle with its old communes’ outlines: no white hole', () => {
    const territory = getEpciDetail('200069763')!.communes.map((commune) => commune.code);
    const match = matchContours(contours(), territory, currentCodeOf);
    expect(match.missingCodes).toEqual([]);
    expect(match.polygonsByCode.get('86123')!.length).toBeGreaterThanOrEqual(3);
    expect(match.mergedOldCodes).toBeGreaterThanOrEqual(3);
  });
});

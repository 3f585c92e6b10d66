import { describe, expect, it } from 'vitest';
import { residenceReader } from '../../electron/backend/activity/residenceCommune';
import type { CommuneDto } from '../../shared/territory/dto';

/**
 * The commune of residence an activity file writes, read against the national reference
 * (`@etalab/decoupage-administratif`): a postcode alone is a postcode before it is a code (a review found
 * « 86100 », Châtellerault's, read as the INSEE code of Fontaine-le-Comte), a commune déléguée is today's commune.
 */

const commune = (code: string, name: string, postcodes: string[]): CommuneDto => ({
  code,
  name,
  population: 1000,
  postcodes,
});

/** Four communes of the Charente, three of which share the postcode 16140 (also Fontclaireau's old code). */
const territory = [
  commune('16005', 'Aigre', ['16140']),
  commune('16008', 'Ambérac', ['16140']),
  commune('16390', 'Tusson', ['16140']),
  commune('16206', 'Mansle-les-Fontaines', ['16230']),
];

describe('the commune of residence', () => {
  const read = residenceReader(territory);

  it('reads five digits alone as a postcode first: its one commune, or not known when several use it', () => {
    // Châtellerault's postcode, shared with two neighbours: not Fontaine-le-Comte, whose INSEE code it is.
    expect(read('86100')).toEqual({ code: null, label: '86100', inTerritory: false });
    expect(read('86000')).toEqual({ code: '86194', label: 'Poitiers', inTerritory: false });
    expect(read('16140')).toEqual({ code: null, label: '16140', inTerritory: false });
    expect(read('75001')).toMatchObject({ code: '75056', inTerritory: false });
  });

  it('reads a code that is no postcode as the commune it belongs to today', () => {
    // Ceaux-en-Couhé, commune déléguée of Valence-en-Poitou.
    expect(read('86043')).toEqual({ code: '86082', label: 'Valence-en-Poitou', inTerritory: false });
    expect(read('16206')).toEqual({ code: '16206', label: 'Mansle-les-Fontaines', inTerritory: true });
  });

  it('reads a commune déléguée’s name as today’s commune, and a name nobody knows as not known', () => {
    expect(read('Fontclaireau')).toEqual({ code: '16206', label: 'Mansle-les-Fontaines', inTerritory: true });
    expect(read('16230 Fontclaireau')).toMatchObject({ code: '16206', inTerritory: true });
    expect(read('16140 Aigre')).toEqual({ code: '16005', label: 'Aigre', inTerritory: true });
    expect(read('Ville inconnue')).toEqual({ code: null, label: 'Ville inconnue', inTerritory: false });
  });
});

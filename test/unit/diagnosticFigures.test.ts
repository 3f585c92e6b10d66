import { describe, expect, it } from 'vitest';
import {
  deltaText,
  figureText,
  keyFigures,
  nearestText,
  sortCommunes,
} from '../../shared/diagnostic/diagnosticFigures';
import type { DiagnosticCommuneDto } from '../../shared/diagnostic/diagnosticDto';
import { diagnosticFixture } from './support/diagnosticDtoFixture';

const names = (communes: DiagnosticCommuneDto[]) => communes.map((c) => c.name);

describe('diagnostic figures in French', () => {
  it('names the EPCI with the apostrophes the rest of the screen writes', () => {
    const dto = diagnosticFixture();
    dto.territory.epciName = "Métropole d'Aix-Marseille-Provence";
    const communes = keyFigures(dto).find((f) => f.id === 'communes')!;
    expect(communes.detail).toBe('Métropole d’Aix-Marseille-Provence');
  });

  it('says no permanence is recorded, not that the territory has no bus', () => {
    const permanences = keyFigures(diagnosticFixture()).find((f) => f.id === 'permanences')!;
    expect(permanences).toMatchObject({
      value: '0',
      detail: 'aucune commune desservie par un bus ou une équipe mobile n’est renseignée',
    });
  });

  it('writes the key figures the French way, flagging the gaps', () => {
    const figures = Object.fromEntries(keyFigures(diagnosticFixture()).map((f) => [f.id, f]));
    expect(figures['population']).toMatchObject({
      value: '10\u202f000',
      detail: 'INSEE, population municipale (2023)',
      alert: false,
    });
    expect(figures['places']).toMatchObject({ value: '3', detail: '3 pour 10\u00a0000 habitants' });
    expect(figures['communesWithoutPlace']).toMatchObject({
      value: '1',
      detail: 'sur 3\u00a0communes',
      alert: true,
    });
    expect(figures['populationWithoutPlace']).toMatchObject({
      value: '15\u00a0%',
      detail: '1\u202f500\u00a0habitants',
    });
    expect(figures['services']).toMatchObject({
      value: '2\u00a0sur 9',
      detail: '7\u00a0services offerts nulle part',
    });
    expect(figures['freshness']).toMatchObject({
      value: '66,7\u00a0%',
      detail: '1\u00a0fiche ancienne (plus de 18 mois)',
      alert: false,
    });
  });

  it('says the offer is not known, rather than alarming zeros, while the directory holds no place at all', () => {
    const base = diagnosticFixture();
    const empty = {
      ...base,
      offer: {
        ...base.offer,
        totals: { ...base.offer.totals, placeCount: 0, placesPer10k: 0, serviceOfferCount: 0 },
        communesWithoutPlace: base.communes.map((c) => c.code),
        populationWithoutPlace: 10_000,
        populationWithoutPlaceShare: 1,
      },
    };
    const figures = Object.fromEntries(keyFigures(empty).map((f) => [f.id, f]));
    for (const id of [
      'places',
      'permanences',
      'communesWithoutPlace',
      'populationWithoutPlace',
      'services',
      'freshness',
    ])
      expect(figures[id]).toMatchObject({
        value: 'non renseigné',
        detail: 'aucun lieu dans l’annuaire',
        alert: false,
      });
    // With no place at all every fragile commune would be « far »: unknown too, said so.
    expect(figures['fragileAndFar']).toMatchObject({
      value: 'non renseigné',
      detail: 'aucun lieu dans l’annuaire',
    });
    // One place outside the territory is a directory begun: the territory's zero is then a finding.
    const begun = {
      ...empty,
      offer: { ...empty.offer, totals: { ...empty.offer.totals, placesOutsideTerritory: 1 } },
    };
    const counted = Object.fromEntries(keyFigures(begun).map((f) => [f.id, f]));
    expect(counted['places']).toMatchObject({ value: '0', alert: true });
    expect(counted['communesWithoutPlace']).toMatchObject({ value: '3', alert: true });
  });

  it('sorts communes by rank, name or figure, gaps first, unknown values last', () => {
    const base = diagnosticFixture();
    const communes = base.communes.map((c, i) => ({ ...c, rank: [3, 1, 2][i]! }));
    expect(names(sortCommunes(communes, 'rank'))).toEqual(['Bourg', 'Cime', 'Amont']);
    expect(names(sortCommunes(communes, 'placeCount'))).toEqual(['Bourg', 'Cime', 'Amont']);
    expect(names(sortCommunes(communes, 'population'))).toEqual(['Amont', 'Bourg', 'Cime']);
    const unknown = communes.map((c) => (c.name === 'Cime' ? { ...c, fragilityScore: null } : c));
    expect(names(sortCommunes(unknown, 'fragilityScore'))).toEqual(['Bourg', 'Amont', 'Cime']);
  });

  it('says why a distance is missing, and when the place is in the commune itself', () => {
    const commune = diagnosticFixture().communes[0]!;
    const service = 'Aide aux démarches administratives' as const;
    const at = (nearest: Partial<DiagnosticCommuneDto['nearest'][number]>) => ({
      ...commune,
      nearest: [
        {
          service,
          status: 'measured' as const,
          distanceKm: 4.25,
          nearestPlaceName: 'Mairie',
          nearestCommuneName: 'Bourg',
          ...nearest,
        },
      ],
    });
    expect(nearestText(at({}), service)).toBe('4,3\u00a0km');
    expect(nearestText(at({ nearestCommuneName: 'Amont', distanceKm: 0 }), service)).toBe('dans la commune');
    expect(nearestText(at({ status: 'noPlaceOffering', distanceKm: null }), service)).toBe('aucun lieu');
    expect(nearestText(at({ status: 'noCentroid', distanceKm: null }), service)).toBe('contours à importer');
  });

  it('writes changes with their sign, shares in points', () => {
    expect(deltaText({ from: 3, to: 4, delta: 1 }, 'integer')).toBe('+1');
    expect(deltaText({ from: 4, to: 3, delta: -1 }, 'integer')).toBe('\u22121');
    expect(deltaText({ from: 0.15, to: 0.1, delta: -0.05 }, 'percent')).toBe('\u22125\u00a0points');
    expect(deltaText({ from: 2, to: 2, delta: 0 }, 'integer')).toBe('=');
    expect(deltaText({ from: null, to: 2, delta: null }, 'integer')).toBe('—');
    expect(figureText(0.125, 'percent')).toBe('12,5\u00a0%');
  });
});
